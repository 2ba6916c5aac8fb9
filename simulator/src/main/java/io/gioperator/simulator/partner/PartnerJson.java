package io.gioperator.simulator.partner;

import io.gioperator.simulator.core.World;
import java.util.LinkedHashMap;
import java.util.Map;

/** A registration as the API returns it, with its service status computed from heartbeat history now. */
final class PartnerJson {
    private final World world;
    private final RegistrationStore store;
    private final HeartbeatStatus.Thresholds thresholds;
    private final String epsecLibraryVersion;

    PartnerJson(World world, RegistrationStore store, HeartbeatStatus.Thresholds thresholds,
            String epsecLibraryVersion) {
        this.world = world;
        this.store = store;
        this.thresholds = thresholds;
        this.epsecLibraryVersion = epsecLibraryVersion;
    }

    HeartbeatStatus.Result status(Registration r) {
        return HeartbeatStatus.evaluate(store.history(r.vmId()), r.registeredAt(), world.now(), thresholds);
    }

    Map<String, Object> render(Registration r) {
        HeartbeatStatus.Result s = status(r);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("clusterId", r.clusterId());
        m.put("clusterName", r.clusterName());
        m.put("hostId", r.hostId());
        m.put("hostName", r.hostName());
        m.put("vmId", r.vmId());
        m.put("vmName", r.vmName());
        m.put("ipAddress", r.ipAddress());
        m.put("svaVersion", r.svaVersion());
        m.put("muxVersion", r.muxVersion());
        m.put("registeredAt", r.registeredAt().toString());
        m.put("serviceStatus", s.status());
        m.put("lastHeartbeat", s.lastHeartbeat() == null ? null : s.lastHeartbeat().toString());
        m.put("epsecLibraryVersion", epsecLibraryVersion);
        m.put("message", s.message());
        return m;
    }
}
