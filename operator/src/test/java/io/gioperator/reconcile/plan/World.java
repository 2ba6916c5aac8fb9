package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.DesiredCluster;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.reconcile.model.EamStatus;
import io.gioperator.reconcile.model.GoalState;
import io.gioperator.reconcile.model.HostConnection;
import io.gioperator.reconcile.model.InstalledVib;
import io.gioperator.reconcile.model.MaintenanceModePolicy;
import io.gioperator.reconcile.model.ObservedAgency;
import io.gioperator.reconcile.model.ObservedAgent;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.PartnerRegistration;
import io.gioperator.reconcile.model.PartnerView;
import io.gioperator.reconcile.model.PowerState;
import io.gioperator.reconcile.model.ServiceStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutable vCenter + EAM + partner, as the observe layer would see it, for tests. Hosts are named
 * {@code esx-NN} with moref {@code host-NN}; their agents are {@code agent-NN}.
 */
final class World {

  static final String MUX = "epsec-mux";

  final class Host {
    final String name;
    final String ref;
    String version = "8.0.2";
    String build = "22380479";
    HostConnection connection = HostConnection.CONNECTED;
    boolean maintenance;
    Instant bootTime = Instant.parse("2024-12-01T00:00:00Z");
    Agent agent;

    Host(String name) {
      this.name = name;
      this.ref = "host-" + name.substring(name.lastIndexOf('-') + 1);
    }

    Host version(String version, String build) {
      this.version = version;
      this.build = build;
      return this;
    }
  }

  final class Agent {
    final Host host;
    final String ref;
    String vm;
    PowerState power;
    String ip;
    boolean heartbeat;
    String muxVersion;
    EamStatus status = EamStatus.GREEN;
    final List<EamIssue> issues = new ArrayList<>();

    Agent(Host host) {
      this.host = host;
      this.ref = "agent-" + host.ref.substring(5);
    }

    /** A deployed, powered-on SVA with an IP, heartbeat and the given Mux. */
    Agent running(String vm, String ip, String mux) {
      this.vm = vm;
      this.power = PowerState.POWERED_ON;
      this.ip = ip;
      this.heartbeat = true;
      this.muxVersion = mux;
      this.status = EamStatus.GREEN;
      return this;
    }

    Agent issue(int key, String type, String text) {
      issues.add(new EamIssue(key, type, text, host.ref, vm, ref));
      return this;
    }

    Agent clearIssues() {
      issues.clear();
      return this;
    }

    /** The VM is gone (destroyed); EAM shows no VM. */
    Agent noVm() {
      vm = null;
      power = null;
      ip = null;
      heartbeat = false;
      return this;
    }
  }

  String vcenterVersion = "8.0.2";
  String vcenterBuild = "22385739";
  final Map<String, Host> hosts = new LinkedHashMap<>();
  boolean agencyPresent = true;
  String agencyRef = "agency-1";
  AgencySpec agencyConfig;
  EamStatus agencyStatus = EamStatus.GREEN;
  GoalState goal = GoalState.ENABLED;
  final List<EamIssue> agencyIssues = new ArrayList<>();
  MaintenanceModePolicy eamPolicy = MaintenanceModePolicy.SINGLE_HOST;
  boolean partnerReachable = true;
  final List<PartnerRegistration> registrations = new ArrayList<>();
  /** Hosts whose SVA stopped sending heartbeats to the partner. */
  final java.util.Set<String> silent = new java.util.HashSet<>();

  Host host(String name) {
    return hosts.computeIfAbsent(name, Host::new);
  }

  Agent agent(String hostName) {
    Host host = host(hostName);
    if (host.agent == null) {
      host.agent = new Agent(host);
    }
    return host.agent;
  }

  /** A host whose SVA runs, has the Mux and (when {@code registeredAt} is given) is registered UP. */
  Host healthyHost(String name, String mux, Instant heartbeat) {
    Host host = host(name);
    String n = host.ref.substring(5);
    agent(name).running("vm-" + n, "10.0.0." + Integer.parseInt(n), mux);
    register(name, ServiceStatus.UP, heartbeat);
    return host;
  }

  PartnerRegistration register(String hostName, ServiceStatus status, Instant heartbeat) {
    Agent agent = agent(hostName);
    registrations.removeIf(r -> r.hostRef().equals(agent.host.ref) && r.vmRef().equals(agent.vm));
    PartnerRegistration registration = new PartnerRegistration("reg-" + agent.vm, agent.host.ref, agent.vm,
        agent.ip, status, heartbeat, null, "4.2.0");
    registrations.add(registration);
    return registration;
  }

  void setService(String hostName, ServiceStatus status, Instant heartbeat, String message) {
    Agent agent = agent(hostName);
    registrations.replaceAll(r -> r.hostRef().equals(agent.host.ref) && r.vmRef().equals(agent.vm)
        ? new PartnerRegistration(r.id(), r.hostRef(), r.vmRef(), r.ip(), status, heartbeat, message, r.svaVersion()) : r);
  }

  /** SVAs that are alive keep reporting to the partner. */
  void heartbeatsAt(Instant now) {
    registrations.replaceAll(r -> silent.stream().anyMatch(name -> hosts.containsKey(name) && hosts.get(name).ref.equals(r.hostRef()))
        ? r : new PartnerRegistration(r.id(), r.hostRef(), r.vmRef(), r.ip(), r.serviceStatus(), now, r.message(), r.svaVersion()));
  }

  void deregister(String registrationId) {
    registrations.removeIf(r -> r.id().equals(registrationId));
  }

  void removeHost(String name) {
    hosts.remove(name);
  }

  ObservedCluster observe(DesiredCluster desired) {
    List<ObservedHost> observedHosts = new ArrayList<>();
    List<ObservedAgent> agents = new ArrayList<>();
    for (Host host : hosts.values()) {
      observedHosts.add(new ObservedHost(host.ref, host.name, host.version, host.build, host.connection,
          host.maintenance, host.bootTime));
      Agent a = host.agent;
      if (agencyPresent && a != null) {
        agents.add(new ObservedAgent(a.ref, host.ref, a.vm, a.vm == null ? null : "svm (" + host.name + ")", a.power,
            a.ip, a.heartbeat, a.muxVersion == null ? List.of() : List.of(new InstalledVib(MUX, a.muxVersion)),
            a.status, a.issues));
      }
    }
    ObservedAgency agency = null;
    if (agencyPresent) {
      AgencySpec config = agencyConfig;
      if (config == null) {
        ObservedCluster bare = new ObservedCluster(vcenterVersion, vcenterBuild, observedHosts, null, List.of(), eamPolicy, null);
        config = desired.agencySpec().withHostVersions(
            CompatibilityGate.evaluate(desired.compatibility(), bare).compatibleVersions());
      }
      agency = new ObservedAgency(agencyRef, desired.agencyName(), config, agencyStatus, goal, agencyIssues);
    }
    PartnerView partner = partnerReachable ? new PartnerView(true, registrations) : PartnerView.unreachable();
    return new ObservedCluster(vcenterVersion, vcenterBuild, observedHosts, agency, agents, eamPolicy, partner);
  }
}
