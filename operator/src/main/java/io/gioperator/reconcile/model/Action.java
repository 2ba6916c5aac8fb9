package io.gioperator.reconcile.model;

import java.util.List;
import java.util.Objects;

/**
 * One step for the act layer. Actions of a plan are executed in order; when one fails the rest of
 * the plan is skipped (later actions may depend on earlier ones) and the next reconcile plans again
 * from a fresh observation. Every action carries a short human {@code reason} for the Event the act
 * layer records; it never contains secrets.
 */
public sealed interface Action {

  String reason();

  /** CreateAgency(config, "enabled"): EAM then installs the VIB and deploys one SVA per host. */
  record CreateAgency(String agencyName, AgencySpec spec, String reason) implements Action {
    public CreateAgency {
      Objects.requireNonNull(spec, "spec");
    }
  }

  /** Agency.Update with the complete desired config (EAM diffs and converges). */
  record UpdateAgency(String agencyRef, String agencyName, AgencySpec spec, String reason) implements Action {
    public UpdateAgency {
      Objects.requireNonNull(spec, "spec");
    }
  }

  /** Agency_Enable: someone set the goal state to disabled outside the operator. */
  record EnableAgency(String agencyRef, String reason) implements Action {}

  /** EsxAgentManager.SetMaintenanceModePolicy; a setting of the whole EAM. */
  record SetMaintenanceModePolicy(MaintenanceModePolicy policy, String reason) implements Action {}

  /** Resolve(issueKeys) on an agent or the agency. */
  record ResolveIssues(EamTarget targetType, String targetRef, List<Integer> issueKeys, String reason) implements Action {
    public ResolveIssues {
      issueKeys = List.copyOf(issueKeys);
    }
  }

  /**
   * Re-create an SVA: power the VM off and destroy it (vim25). EAM then raises VmNotDeployed,
   * which a later plan resolves, and EAM deploys a fresh VM from the OVF. Never a power-on.
   * The partner registration is removed by a preceding {@link DeregisterSva}.
   */
  record RecreateSva(String hostRef, String hostName, String agentRef, String vmRef, String reason) implements Action {}

  /** Register a powered-on SVA with the partner solution manager. */
  record RegisterSva(String hostRef, String hostName, String vmRef, String ip, String svaVersion, String reason) implements Action {}

  /** Remove a registration from the partner solution manager. */
  record DeregisterSva(String registrationId, String hostRef, String reason) implements Action {}

  /** EnterMaintenanceMode_Task on the host (part of ReinstallMux). */
  record EnterMaintenanceMode(String hostRef, String hostName, String reason) implements Action {}

  /** Remove a VIB from the host by name; "not installed" counts as success. */
  record RemoveVib(String hostRef, String hostName, String vibName, String reason) implements Action {}

  /** RebootHost_Task (the host is in maintenance mode). */
  record RebootHost(String hostRef, String hostName, String reason) implements Action {}

  /** ExitMaintenanceMode_Task on the host. */
  record ExitMaintenanceMode(String hostRef, String hostName, String reason) implements Action {}

  /** Agency.Uninstall: EAM removes the VIBs and deletes the agent VMs. */
  record UninstallAgency(String agencyRef, String reason) implements Action {}

  /** Agency.DestroyAgency; ManagedObjectNotFound means it is already gone. */
  record DestroyAgency(String agencyRef, String reason) implements Action {}
}
