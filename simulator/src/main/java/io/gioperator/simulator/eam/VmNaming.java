package io.gioperator.simulator.eam;

import java.util.Set;
import java.util.function.Supplier;

/** Agent VM names: "agentName (n)" with the lowest n not taken in the folder, or "agentName-uuid". */
public final class VmNaming {
    private VmNaming() {
    }

    public static String next(String agentName, boolean useUuid, Set<String> taken, Supplier<String> uuid) {
        if (useUuid) {
            return agentName + "-" + uuid.get();
        }
        for (int n = 1; ; n++) {
            String candidate = agentName + " (" + n + ")";
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
