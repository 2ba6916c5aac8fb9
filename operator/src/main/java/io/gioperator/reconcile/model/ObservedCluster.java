package io.gioperator.reconcile.model;

import java.util.List;
import java.util.Optional;

/**
 * One immutable observation of the cluster, EAM and the partner.
 *
 * @param agency our agency (found by name), or null when there is none
 * @param agents the agency's agents; empty when there is no agency
 */
public record ObservedCluster(
    String vcenterVersion,
    String vcenterBuild,
    List<ObservedHost> hosts,
    ObservedAgency agency,
    List<ObservedAgent> agents,
    MaintenanceModePolicy maintenanceModePolicy,
    PartnerView partner) {

  public ObservedCluster {
    vcenterVersion = Values.text(vcenterVersion);
    vcenterBuild = Values.text(vcenterBuild);
    hosts = Values.list(hosts);
    agents = Values.list(agents);
    maintenanceModePolicy = maintenanceModePolicy == null ? MaintenanceModePolicy.UNKNOWN : maintenanceModePolicy;
    partner = partner == null ? PartnerView.none() : partner;
  }

  public Optional<ObservedAgency> agencyIfPresent() {
    return Optional.ofNullable(agency);
  }

  public Optional<ObservedHost> host(String ref) {
    return hosts.stream().filter(h -> h.ref().equals(ref)).findFirst();
  }

  public Optional<ObservedHost> hostNamed(String name) {
    return hosts.stream().filter(h -> h.name().equals(name)).findFirst();
  }

  public Optional<ObservedAgent> agentOnHost(String hostRef) {
    return agents.stream().filter(a -> hostRef.equals(a.hostRef())).findFirst();
  }

  public List<PartnerRegistration> registrationsOnHost(String hostRef) {
    return partner.registrations().stream().filter(r -> hostRef.equals(r.hostRef())).toList();
  }
}
