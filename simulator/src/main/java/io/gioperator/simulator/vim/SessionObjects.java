package io.gioperator.simulator.vim;

import io.gioperator.simulator.inventory.Entity;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.session.Session;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Managed objects that are not inventory entities: views, collectors, filters, host managers, singletons. */
final class SessionObjects {
    private SessionObjects() {
    }

    /** A ContainerView; its {@code view} property is computed at read time so it follows the inventory. */
    record ContainerView(String id, Session owner, Entity container, List<String> types, boolean recursive) {
        V.Ref ref() {
            return new V.Ref("ContainerView", id);
        }
    }

    /** HostImageConfigManager / HostPatchManager of one host. */
    record HostManager(String type, Host host) {
    }

    /** A ServiceContent manager the simulator names but does not implement beyond its identity. */
    record Singleton(String type, String id) {
    }

    /** A PropertyCollector (the session's default one or a created one) with its filters and paging state. */
    static final class Collector {
        final String id;
        final Session owner;
        final List<Filter> filters = new ArrayList<>();
        final Map<String, List<V.Obj>> pages = new HashMap<>();
        final Map<String, Integer> pageSizes = new HashMap<>();
        long versionSeq;
        String version = "";
        String previousVersion;
        long waitGeneration;
        boolean cancelRequested;

        Collector(String id, Session owner) {
            this.id = id;
            this.owner = owner;
        }

        V.Ref ref() {
            return new V.Ref("PropertyCollector", id);
        }
    }

    /** A PropertyFilter and the state last reported to the client (plus the one before, for a repeated wait). */
    static final class Filter {
        final String id;
        final Collector collector;
        final V.Obj spec;
        final boolean partialUpdates;
        Map<V.Ref, Map<String, V>> reported = new HashMap<>();
        Map<V.Ref, Map<String, V>> previous = new HashMap<>();

        Filter(String id, Collector collector, V.Obj spec, boolean partialUpdates) {
            this.id = id;
            this.collector = collector;
            this.spec = spec;
            this.partialUpdates = partialUpdates;
        }

        V.Ref ref() {
            return new V.Ref("PropertyFilter", id);
        }
    }
}
