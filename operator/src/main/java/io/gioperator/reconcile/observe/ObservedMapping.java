package io.gioperator.reconcile.observe;

import io.gioperator.partner.SvaRegistration;
import io.gioperator.reconcile.desired.MoRefText;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.HostConnection;
import io.gioperator.reconcile.model.InstalledVib;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.ServiceStatus;
import io.gioperator.vsphere.objects.AgentSummary;
import io.gioperator.vsphere.objects.HostFacts;
import io.gioperator.vsphere.objects.VmFacts;
import io.gioperator.vsphere.types.HostConnectionState;
import io.gioperator.vsphere.types.VmPowerState;
import io.gioperator.vsphere.types.eam.AgentRuntimeInfo;
import java.time.Instant;
import java.util.List;

/** Client results (vim25, EAM, partner) to the planner's observed model. Pure. */
public final class ObservedMapping {

  private ObservedMapping() {}

  public static ObservedHost host(HostFacts h, Instant bootTime) {
    return new ObservedHost(MoRefText.value(h.ref()), h.name(), h.version(), h.build(),
        connection(h.connectionState()), h.inMaintenanceMode(), bootTime);
  }

  /**
   * One agent. {@code vm} is the VM as vim25 reports it (fresher than EAM's copy); null with {@code vmsRead} true
   * means the VM no longer exists, null with {@code vmsRead} false means vim25 could not be asked this time.
   */
  public static ObservedAgent agent(AgentSummary a, VmFacts vm, boolean vmsRead) {
    AgentRuntimeInfo r = a.runtime();
    String agentRef = MoRefText.value(a.ref());
    boolean vmExists = r.vm() != null && (vm != null || !vmsRead);
    VmPowerState power = vm != null ? vm.powerState() : r.vmPowerState();
    String ip = vm != null && vm.ipAddress() != null ? vm.ipAddress() : r.vmIp();
    List<InstalledVib> vibs = r.installedVibs().stream().map(v -> new InstalledVib(v.name(), v.version())).toList();
    return new ObservedAgent(agentRef, MoRefText.value(r.host()), vmExists ? MoRefText.value(r.vm()) : null,
        vm != null ? vm.name() : r.vmName(), vmExists ? power(power) : null, vmExists ? ip : null,
        r.receivingHeartBeat(), vibs, eamStatus(r.status()), IssueMapper.ofAgent(r.issues(), agentRef));
  }

  public static PartnerRegistration registration(SvaRegistration r) {
    return new PartnerRegistration(r.id(), r.hostId(), r.vmId(), r.ipAddress(),
        ServiceStatus.fromWire(r.serviceStatus() == null ? null : r.serviceStatus().name()), r.lastHeartbeat(),
        r.message(), r.svaVersion());
  }

  static HostConnection connection(HostConnectionState state) {
    return switch (state) {
      case CONNECTED -> HostConnection.CONNECTED;
      case NOT_RESPONDING -> HostConnection.NOT_RESPONDING;
      default -> HostConnection.DISCONNECTED;
    };
  }

  static PowerState power(VmPowerState state) {
    return switch (state) {
      case POWERED_ON -> PowerState.POWERED_ON;
      case SUSPENDED -> PowerState.SUSPENDED;
      case POWERED_OFF -> PowerState.POWERED_OFF;
      default -> null;
    };
  }

  static EamStatus eamStatus(io.gioperator.vsphere.types.eam.EamStatus s) {
    return switch (s) {
      case GREEN -> EamStatus.GREEN;
      case RED -> EamStatus.RED;
      default -> EamStatus.YELLOW;
    };
  }

  static GoalState goal(io.gioperator.vsphere.types.eam.GoalState g) {
    return switch (g) {
      case DISABLED -> GoalState.DISABLED;
      case UNINSTALLED -> GoalState.UNINSTALLED;
      default -> GoalState.ENABLED;
    };
  }
}
