package io.gioperator.simulator.partner;

import com.sun.net.httpserver.HttpHandler;
import io.gioperator.simulator.control.CallCounters;
import io.gioperator.simulator.control.FaultInjector;
import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.inventory.Inventory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the partner solution manager (served at /api/v1 on its own HTTPS listener). */
public final class PartnerManager {
    public static final String EPSEC_LIBRARY_VERSION = "6.5.2";
    private final RegistrationStore store;
    private final PartnerJson view;
    private final PartnerHandler handler;

    public PartnerManager(World world, Inventory inventory, Timings timings, String token, FaultInjector faults,
            CallCounters counters) {
        this.store = new RegistrationStore(world, inventory);
        this.view = new PartnerJson(world, store, new HeartbeatStatus.Thresholds(timings.heartbeatInterval(),
                timings.heartbeatWarning(), timings.heartbeatDown()), EPSEC_LIBRARY_VERSION);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("vendor", "Trend Micro");
        about.put("product", "Deep Security");
        about.put("productVersion", "20.0.1");
        about.put("epsecLibraryVersion", EPSEC_LIBRARY_VERSION);
        about.put("apiVersion", "v1");
        this.handler = new PartnerHandler(world, store, view, token, about, faults, counters);
    }

    public HttpHandler handler() {
        return handler;
    }

    /** All registrations as the API would render them (for the audit). Call under the world lock. */
    public List<Map<String, Object>> snapshot() {
        return store.list(null).stream().map(view::render).toList();
    }
}
