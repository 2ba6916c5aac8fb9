package io.gioperator.vsphere.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.SimulatorConfig;
import io.gioperator.simulator.control.Audit;
import io.gioperator.vsphere.objects.AgencySummary;
import io.gioperator.vsphere.objects.AgentSummary;
import io.gioperator.vsphere.objects.HostFacts;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VCenterTarget;
import io.gioperator.vsphere.session.VSphereClientConfig;
import io.gioperator.vsphere.soap.ManagedObjectNotFoundFault;
import io.gioperator.vsphere.tls.TlsTrust;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.AgencyConfigInfo;
import io.gioperator.vsphere.types.eam.AgencyScope;
import io.gioperator.vsphere.types.eam.AgencyVmFolder;
import io.gioperator.vsphere.types.eam.AgencyVmResourcePool;
import io.gioperator.vsphere.types.eam.AgentConfigInfo;
import io.gioperator.vsphere.types.eam.EamObjectRuntimeInfo;
import io.gioperator.vsphere.types.eam.EamStatus;
import io.gioperator.vsphere.types.eam.GoalState;
import io.gioperator.vsphere.types.eam.OvfProperty;
import io.gioperator.vsphere.types.eam.issue.Issue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's real vSphere client drives a whole EAM agency lifecycle against the simulator over HTTPS:
 * create, deploy on every host, issues raised and resolved, host added and removed, update, uninstall,
 * destroy. Two independent implementations of the wire format meet here.
 */
class AgencyLifecycleAgainstSimulatorTest {

  private static final String OVF_OLD = "https://depot.gi.example/trendmicro/dsva-20.0.0-7719.ovf";
  private static final String OVF_NEW = "https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf";
  private static final String VIB = "https://depot.gi.example/vmware/epsec-mux-7.0.3-offline-bundle.zip";
  private static final String AGENCY = "gi-operator/test/lifecycle";
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static Simulator sim;
  private static VCenterSessionPool pool;
  private static VCenterConnection vc;

  @BeforeAll
  static void start() {
    sim = Simulator.start(SimulatorConfig.builder().size(1, 3).build());
    pool = new VCenterSessionPool(VSphereClientConfig.defaults(), new SimpleMeterRegistry());
    String base = sim.vcenterUrl().substring(0, sim.vcenterUrl().length() - "/sdk".length());
    vc = pool.connect("test/vc", new VCenterTarget(URI.create(base), sim.username(), sim.password(),
        TlsTrust.pinned(sim.thumbprint())));
  }

  @AfterAll
  static void stop() {
    if (pool != null) {
      pool.close();
    }
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void wholeAgencyLifecycle() {
    MoRef cluster = find("DC1/host/Cluster-01");
    List<HostFacts> hosts = vc.inventory().clusterHosts(cluster);
    assertThat(hosts).hasSize(3);
    assertThat(hosts).allSatisfy(h -> assertThat(h.version()).isEqualTo("8.0.2"));
    List<AgencySummary> othersBefore = vc.agencies().list();
    assertThat(othersBefore).as("another product's agency exists from the start").isNotEmpty();

    // Create: one agent per host, VIB installed, VM powered on, status green.
    MoRef agency = vc.eam().createAgency(config(cluster, OVF_OLD), GoalState.ENABLED);
    awaitGreen(agency);
    List<AgentSummary> agents = vc.agencies().agents(agency);
    assertThat(agents).hasSize(3);
    assertThat(agents).allSatisfy(a -> {
      assertThat(a.runtime().vm()).isNotNull();
      assertThat(a.runtime().installedVibs()).anySatisfy(v -> {
        assertThat(v.name()).isEqualTo("epsec-mux");
        assertThat(v.version()).isEqualTo("7.0.3");
      });
    });
    assertThat(vc.agencies().findByName(AGENCY)).map(AgencySummary::ref).contains(agency);

    // A powered-off agent VM raises VmPoweredOff; Resolve powers the same VM on.
    AgentSummary first = agents.get(0);
    MoRef firstVm = first.runtime().vm();
    vc.vms().powerOff(firstVm, WAIT);
    Issue poweredOff = awaitIssue(agency, "VmPoweredOff");
    vc.eam().resolve(agency, List.of(poweredOff.key()));
    awaitGreen(agency);
    assertThat(vmOf(agency, first.ref())).isEqualTo(firstVm);

    // A destroyed agent VM raises VmNotDeployed; Resolve deploys a fresh VM from the OVF.
    vc.vms().powerOffAndDestroy(firstVm, WAIT);
    Issue notDeployed = awaitIssue(agency, "VmNotDeployed");
    vc.eam().resolve(agency, List.of(notDeployed.key()));
    awaitGreen(agency);
    MoRef freshVm = vmOf(agency, first.ref());
    assertThat(freshVm).isNotNull().isNotEqualTo(firstVm);

    // A host added to the cluster gets an agent; a host removed loses it.
    sim.control().addHost("Cluster-01", "esx-01-04.lab.local", "8.0.2", "22380479");
    await("an agent on the new host", () -> vc.agencies().agents(agency).size() == 4);
    awaitGreen(agency);
    sim.control().removeHost(sim.control().hostId("esx-01-04.lab.local"));
    await("the removed host's agent gone", () -> vc.agencies().agents(agency).size() == 3);

    // Update with a new OVF: every agent is re-provisioned with a new VM.
    Set<MoRef> vmsBefore = vms(agency);
    vc.eam().update(agency, vc.eam().queryConfig(agency).toBuilder()
        .agentConfig(List.of(agentConfig(OVF_NEW))).build());
    await("every agent on the new OVF", () -> {
      Set<MoRef> now = vms(agency);
      return now.size() == 3 && now.stream().noneMatch(vmsBefore::contains)
          && vc.eam().agencyQueryRuntime(agency).status() == EamStatus.GREEN;
    });
    assertThat(vc.eam().queryConfig(agency).agentConfig().get(0).ovfPackageUrl()).isEqualTo(OVF_NEW);

    // Uninstall removes VMs and VIBs; DestroyAgency removes the agency.
    vc.eam().uninstall(agency);
    await("uninstalled and green", () -> {
      EamObjectRuntimeInfo runtime = vc.eam().agencyQueryRuntime(agency);
      return runtime.goalState() == GoalState.UNINSTALLED && runtime.status() == EamStatus.GREEN;
    });
    String agencyId = agency.value();
    Audit audit = sim.audit();
    assertThat(audit.vmsOwnedBy(agencyId)).isEmpty();
    assertThat(audit.hosts()).allSatisfy(h ->
        assertThat(h.vibs()).noneMatch(v -> agencyId.equals(v.installedBy()) && !v.pendingRemoval()));
    vc.eam().destroyAgency(agency);
    assertThatThrownBy(() -> vc.eam().agencyQueryRuntime(agency)).isInstanceOf(ManagedObjectNotFoundFault.class);
    assertThat(vc.agencies().findByName(AGENCY)).isEmpty();

    // The other product's agency was never touched.
    assertThat(vc.agencies().list()).extracting(AgencySummary::ref)
        .containsExactlyInAnyOrderElementsOf(othersBefore.stream().map(AgencySummary::ref).toList());
  }

  private static AgencyConfigInfo config(MoRef cluster, String ovf) {
    return AgencyConfigInfo.builder()
        .agentConfig(List.of(agentConfig(ovf)))
        .scope(new AgencyScope.ComputeResources(List.of(cluster)))
        .agentName("dsva")
        .agencyName(AGENCY)
        .agentVmDatastore(List.of(find("DC1/datastore/vsanDatastore-01")))
        .agentVmNetwork(List.of(find("DC1/network/GI-Management")))
        .folders(List.of(new AgencyVmFolder(find("DC1/vm/GuestIntrospection"), find("DC1"))))
        .resourcePools(List.of(new AgencyVmResourcePool(find("DC1/host/Cluster-01/Resources"), cluster)))
        .build();
  }

  private static AgentConfigInfo agentConfig(String ovf) {
    return AgentConfigInfo.of(ovf, List.of(new OvfProperty("dsm.address", "dsm.lab.local"),
        new OvfProperty("dsm.token", "activation-token")), VIB).withOvfDiskProvisioning("thin");
  }

  private static MoRef find(String path) {
    return vc.inventory().findByInventoryPath(path)
        .orElseThrow(() -> new AssertionError("not in the simulator's inventory: " + path));
  }

  private static MoRef vmOf(MoRef agency, MoRef agent) {
    return vc.agencies().agents(agency).stream().filter(a -> a.ref().equals(agent)).findFirst()
        .map(a -> a.runtime().vm()).orElse(null);
  }

  private static Set<MoRef> vms(MoRef agency) {
    return vc.agencies().agents(agency).stream().map(a -> a.runtime().vm())
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
  }

  private static void awaitGreen(MoRef agency) {
    await("agency green", () -> vc.eam().agencyQueryRuntime(agency).status() == EamStatus.GREEN);
  }

  private static Issue awaitIssue(MoRef agency, String type) {
    Issue[] found = new Issue[1];
    await("issue " + type, () -> {
      found[0] = vc.eam().agencyQueryRuntime(agency).issues().stream()
          .filter(i -> i.wireType().equals(type)).findFirst().orElse(null);
      return found[0] != null;
    });
    return found[0];
  }

  private static void await(String what, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.get()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    Map<String, Object> diagnostic = Map.of("audit", sim.audit().agencies());
    throw new AssertionError("timed out waiting for " + what + ": " + diagnostic);
  }
}
