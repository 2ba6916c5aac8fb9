package io.gioperator.reconcile.observe;

import io.gioperator.api.v1alpha1.GuestIntrospectionSpec;
import io.gioperator.partner.PartnerClient;
import io.gioperator.partner.PartnerException;
import io.gioperator.partner.SvaRegistration;
import io.gioperator.reconcile.desired.MoRefText;
import io.gioperator.reconcile.desired.PlacementRefs;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.HostConnection;
import io.gioperator.reconcile.model.InstalledVib;
import io.gioperator.reconcile.model.MaintenanceModePolicy;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.ObservedAgency;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.PartnerView;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.ServiceStatus;
import io.gioperator.vsphere.objects.AgencySummary;
import io.gioperator.vsphere.objects.AgentSummary;
import io.gioperator.vsphere.objects.HostFacts;
import io.gioperator.vsphere.objects.VmFacts;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.soap.VSphereException;
import io.gioperator.vsphere.soap.VSphereFault;
import io.gioperator.vsphere.types.AboutInfo;
import io.gioperator.vsphere.types.HostConnectionState;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.VmPowerState;
import io.gioperator.vsphere.types.eam.AgentRuntimeInfo;
import io.gioperator.vsphere.types.eam.EamObjectRuntimeInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cluster, our agency (by its deterministic name only), its agents, their VMs and the partner's
 * registrations into one {@link ObservedCluster}. Every failure becomes an {@link ObserveException} with a stable
 * reason; an unreachable partner is not a failure (the planner reports it).
 */
public final class ClusterObserver {

  private ClusterObserver() {}

  /** {@code removal}: only the cluster is resolved of the placement (see {@link PlacementResolver#resolveCluster}). */
  public static Observation observe(VCenterConnection vc, GuestIntrospectionSpec spec, String agencyName,
                                    PartnerClient partner, Memory memory, boolean removal) {
    AboutInfo about;
    try {
      about = vc.serviceContent().about();
    } catch (VSphereException e) {
      throw new ObserveException(FailureReasons.reason(e), "cannot log in to vCenter " + vc.vcenter() + ": "
          + FailureReasons.message(e), e);
    }
    try {
      PlacementRefs placement = removal ? PlacementResolver.resolveCluster(vc.inventory(), spec)
          : PlacementResolver.resolve(vc.inventory(), spec);
      MoRef cluster = MoRefText.parseTyped(placement.clusterRef());
      List<ObservedHost> hosts = new ArrayList<>();
      List<MoRef> hostRefs = new ArrayList<>();
      for (HostFacts h : vc.inventory().clusterHosts(cluster)) {
        hostRefs.add(h.ref());
        String ref = MoRefText.value(h.ref());
        boolean needsBootTime = memory.host(ref) != null && memory.host(ref).muxReinstall() != null;
        hosts.add(ObservedMapping.host(h, needsBootTime ? bootTime(vc, h.ref()) : null));
      }
      ObservedAgency agency = null;
      List<ObservedAgent> agents = List.of();
      List<MoRef> vmRefs = new ArrayList<>();
      AgencySummary summary = vc.agencies().findByName(agencyName).orElse(null);
      if (summary != null) {
        EamObjectRuntimeInfo runtime = vc.eam().agencyQueryRuntime(summary.ref());
        agency = new ObservedAgency(MoRefText.value(summary.ref()), agencyName,
            AgencyConfigMapping.toSpec(summary.config()), ObservedMapping.eamStatus(runtime.status()),
            ObservedMapping.goal(runtime.goalState()),
            IssueMapper.agencyLevel(runtime.issues()));
        agents = agents(vc, vc.agencies().agents(summary.ref()), vmRefs);
      }
      PartnerView partnerView = partner == null ? PartnerView.none() : partnerView(partner, cluster);
      ObservedCluster observed = new ObservedCluster(about == null ? null : about.version(),
          about == null ? null : about.build(), hosts, agency, agents, maintenancePolicy(vc), partnerView);
      String product = about == null ? null : about.fullName();
      return new Observation(observed, placement, cluster, lastSegment(spec.getCluster()), hostRefs, vmRefs, product);
    } catch (VSphereException e) {
      throw new ObserveException(FailureReasons.reason(e), "reading vCenter " + vc.vcenter() + " failed: "
          + FailureReasons.message(e), e);
    }
  }

  private static List<ObservedAgent> agents(VCenterConnection vc, List<AgentSummary> summaries, List<MoRef> vmRefs) {
    List<MoRef> vms = summaries.stream().map(a -> a.runtime().vm()).filter(v -> v != null).toList();
    vmRefs.addAll(vms);
    Map<MoRef, VmFacts> facts = new HashMap<>();
    boolean factsRead = true;
    if (!vms.isEmpty()) {
      try {
        vc.inventory().vms(vms).forEach(f -> facts.put(f.ref(), f));
      } catch (io.gioperator.vsphere.soap.ManagedObjectNotFoundFault gone) {
        factsRead = false; // a VM vanished between the two reads: EAM's runtime info is used this time
      }
    }
    List<ObservedAgent> out = new ArrayList<>();
    for (AgentSummary a : summaries) {
      out.add(ObservedMapping.agent(a, a.runtime().vm() == null ? null : facts.get(a.runtime().vm()), factsRead));
    }
    return out;
  }

  /**
   * The partner's registrations of one cluster (partner REST only); unreachable when the manager fails to answer.
   * Shared with the partner watch, so both judge the manager the same way.
   */
  public static PartnerView partnerView(PartnerClient partner, MoRef cluster) {
    try {
      List<PartnerRegistration> regs = new ArrayList<>();
      for (SvaRegistration r : partner.list(cluster.value())) {
        regs.add(ObservedMapping.registration(r));
      }
      return new PartnerView(true, regs);
    } catch (PartnerException | java.io.UncheckedIOException e) {
      return PartnerView.unreachable();
    }
  }

  /** EAM before 7.4 has no maintenance-mode policy: UNSUPPORTED; a transient failure leaves it UNKNOWN. */
  private static MaintenanceModePolicy maintenancePolicy(VCenterConnection vc) {
    try {
      var policy = vc.eam().getMaintenanceModePolicy();
      return policy == null ? MaintenanceModePolicy.UNKNOWN : MaintenanceModePolicy.fromWire(policy.wire());
    } catch (VSphereFault e) {
      return e.isTransient() || e.isSessionLoss() ? MaintenanceModePolicy.UNKNOWN : MaintenanceModePolicy.UNSUPPORTED;
    } catch (VSphereException e) {
      return MaintenanceModePolicy.UNKNOWN;
    }
  }

  private static Instant bootTime(VCenterConnection vc, MoRef host) {
    try {
      var content = vc.properties().retrieveOne(host, "runtime.bootTime");
      return content.property("runtime.bootTime").map(v -> Instant.parse(v.asString())).orElse(null);
    } catch (VSphereException | java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String lastSegment(String path) {
    String p = PlacementResolver.trim(path);
    return p.substring(p.lastIndexOf('/') + 1);
  }
}
