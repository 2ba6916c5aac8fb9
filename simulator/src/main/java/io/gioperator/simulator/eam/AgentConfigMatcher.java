package io.gioperator.simulator.eam;

import io.gioperator.simulator.soap.V;
import java.util.List;

/** Picks the AgentConfigInfo for a host: the first entry whose productLineId and hostVersion match. */
public final class AgentConfigMatcher {
    private AgentConfigMatcher() {
    }

    public static V.Obj match(List<V.Obj> agentConfigs, String productLineId, String hostVersion) {
        for (V.Obj cfg : agentConfigs) {
            String pl = cfg.str("productLineId");
            if (pl != null && !pl.equals(productLineId)) {
                continue;
            }
            String hv = cfg.str("hostVersion");
            if (hv != null && !HostVersionPattern.matches(hv, hostVersion)) {
                continue;
            }
            return cfg;
        }
        return null;
    }
}
