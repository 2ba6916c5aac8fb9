package io.gioperator.reconcile.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.partner.SvaRegistration;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.HostConnection;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.ServiceStatus;
import io.gioperator.vsphere.objects.AgentSummary;
import io.gioperator.vsphere.objects.HostFacts;
import io.gioperator.vsphere.objects.VmFacts;
import io.gioperator.vsphere.types.HostConnectionState;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.VmPowerState;
import io.gioperator.vsphere.types.eam.AgentRuntimeInfo;
import io.gioperator.vsphere.types.eam.GoalState;
import io.gioperator.vsphere.types.eam.VibInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedMappingTest {

  private static final MoRef HOST = MoRef.of("HostSystem", "host-1");
  private static final MoRef VM = MoRef.of("VirtualMachine", "vm-7");

  private static AgentSummary agent(MoRef vm, VmPowerState eamPower, String eamIp) {
    return new AgentSummary(MoRef.of("Agent", "agent-1"), new AgentRuntimeInfo(
        io.gioperator.vsphere.types.eam.EamStatus.RED, List.of(), GoalState.ENABLED, null, eamPower, true, HOST, vm,
        eamIp, "dsva (1)", List.of(), List.of(new VibInfo("id", "epsec-mux", "7.0.3", "VMware", null, null)),
        MoRef.of("Agency", "agency-1"), null));
  }

  @Test
  void vim25IsFresherThanEamForPowerStateAndIp() {
    ObservedAgent a = ObservedMapping.agent(agent(VM, VmPowerState.POWERED_ON, "10.0.0.1"),
        new VmFacts(VM, "dsva (1)", VmPowerState.POWERED_OFF, "10.0.0.2", HOST), true);
    assertThat(a.ref()).isEqualTo("agent-1");
    assertThat(a.hostRef()).isEqualTo("host-1");
    assertThat(a.vmRef()).isEqualTo("vm-7");
    assertThat(a.powerState()).isEqualTo(PowerState.POWERED_OFF);
    assertThat(a.ip()).isEqualTo("10.0.0.2");
    assertThat(a.vibVersion("epsec-mux")).isEqualTo("7.0.3");
    assertThat(a.status()).isEqualTo(EamStatus.RED);
    assertThat(a.receivingHeartbeat()).isTrue();
  }

  @Test
  void aVmVim25NoLongerKnowsIsGoneButAFailedReadKeepsEamsView() {
    ObservedAgent gone = ObservedMapping.agent(agent(VM, VmPowerState.POWERED_ON, "10.0.0.1"), null, true);
    assertThat(gone.vmRef()).isNull();
    assertThat(gone.powerState()).isNull();
    ObservedAgent unknown = ObservedMapping.agent(agent(VM, VmPowerState.POWERED_ON, "10.0.0.1"), null, false);
    assertThat(unknown.vmRef()).isEqualTo("vm-7");
    assertThat(unknown.powerState()).isEqualTo(PowerState.POWERED_ON);
    assertThat(unknown.ip()).isEqualTo("10.0.0.1");
  }

  @Test
  void hostsAndRegistrations() {
    Instant boot = Instant.parse("2026-01-01T00:00:00Z");
    var host = ObservedMapping.host(new HostFacts(HOST, "esx-1", "8.0.2", "22380479",
        HostConnectionState.NOT_RESPONDING, true, null, null), boot);
    assertThat(host.ref()).isEqualTo("host-1");
    assertThat(host.connection()).isEqualTo(HostConnection.NOT_RESPONDING);
    assertThat(host.inMaintenanceMode()).isTrue();
    assertThat(host.bootTime()).isEqualTo(boot);

    var reg = ObservedMapping.registration(new SvaRegistration("reg-1", "domain-c1", "C1", "host-1", "esx-1",
        "vm-7", "dsva (1)", "10.0.0.2", "20.0.1", "7.0.3", boot, io.gioperator.partner.ServiceStatus.DOWN, boot,
        "10.0", "scanner failed"));
    assertThat(reg.hostRef()).isEqualTo("host-1");
    assertThat(reg.vmRef()).isEqualTo("vm-7");
    assertThat(reg.serviceStatus()).isEqualTo(ServiceStatus.DOWN);
    assertThat(reg.lastHeartbeat()).isEqualTo(boot);
  }
}
