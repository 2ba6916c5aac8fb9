package io.gioperator.simulator.eam;

import io.gioperator.simulator.depot.CatalogueEntry;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One host's agent of an agency and the progress of its state machine. {@code busy} means a timed operation is
 * in flight; its completion re-runs the reconciler.
 */
final class Agent {
    /** Why EAM wants (or holds) the host in maintenance mode. */
    enum MaintenancePurpose { INSTALL, REBOOT, EXIT }

    final String id;
    final Agency agency;
    final Host host;
    final List<Issue> issues = new ArrayList<>();
    final Set<String> hooksDone = new HashSet<>();
    V.Obj config;
    Vm vm;
    String vmName;
    String deployedOvfUrl;
    CatalogueEntry vibEntry;
    String vibDownloadedUrl;
    String installedVibUrl;
    boolean busy;
    boolean stepScheduled;
    boolean expectVmOn;
    boolean removing;
    boolean sawUnreachable;
    boolean converged;
    String hookPending;
    MaintenancePurpose maintenancePurpose;
    boolean holdsMaintenance;
    boolean rebootIssued;

    Agent(String id, Agency agency, Host host, V.Obj config) {
        this.id = id;
        this.agency = agency;
        this.host = host;
        this.config = config;
    }

    V.Ref ref() {
        return new V.Ref("Agent", id);
    }

    String ovfUrl() {
        return config == null ? null : config.str("ovfPackageUrl");
    }

    String vibUrl() {
        return config == null ? null : config.str("vibUrl");
    }

    boolean hasIssue(String type) {
        return issues.stream().anyMatch(i -> i.type().equals(type));
    }

    String status() {
        if (!issues.isEmpty()) {
            return "red";
        }
        return converged ? "green" : "yellow";
    }
}
