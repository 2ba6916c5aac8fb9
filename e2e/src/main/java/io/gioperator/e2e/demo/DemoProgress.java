package io.gioperator.e2e.demo;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.simulator.Simulator;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows the GuestIntrospections through the Kubernetes API (as kubectl would) and prints the table when it
 * changes. Once all are Ready it injects the requested fault on one SVA and waits for a new VM to replace it.
 */
final class DemoProgress {

  private final KubernetesClient client;
  private final String namespace;
  private final Simulator sim;
  private final DemoOptions options;
  private final PrintStream out;
  private String lastTable = "";

  DemoProgress(KubernetesClient client, String namespace, Simulator sim, DemoOptions options, PrintStream out) {
    this.client = client;
    this.namespace = namespace;
    this.sim = sim;
    this.options = options;
    this.out = out;
  }

  /** True once everything is Ready (and, with a fault, once the faulty SVA was re-created and is Ready again). */
  boolean runUntilDone() throws InterruptedException {
    Instant deadline = Instant.now().plus(options.timeout());
    Fault injected = null;
    while (Instant.now().isBefore(deadline)) {
      List<GuestIntrospection> all = list();
      show(all);
      if (allReady(all)) {
        if (options.fault() == DemoOptions.Fault.NONE) {
          return true;
        }
        if (injected == null) {
          injected = inject(all);
        } else if (injected.repairedIn(all)) {
          out.printf("Repaired: %s on %s was re-created from its OVF as %s (no power-on of the old VM).%n",
              injected.vm(), injected.host(), injected.currentVm(all).orElse("?"));
          return true;
        }
      }
      Thread.sleep(1000);
    }
    return false;
  }

  void followForever() throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      show(list());
      Thread.sleep(2000);
    }
  }

  private List<GuestIntrospection> list() {
    return client.resources(GuestIntrospection.class).inNamespace(namespace).list().getItems();
  }

  private void show(List<GuestIntrospection> all) {
    String table = StatusTable.render(all);
    if (!table.equals(lastTable)) {
      out.println("---- " + Instant.now().toString().substring(11, 19) + " ----");
      out.print(table);
      lastTable = table;
    }
  }

  static boolean allReady(List<GuestIntrospection> all) {
    return !all.isEmpty() && all.stream().allMatch(gi -> gi.getStatus() != null && gi.getStatus().getConditions().stream()
        .anyMatch(c -> "Ready".equals(c.getType()) && c.getStatus() == ConditionStatus.TRUE));
  }

  private Fault inject(List<GuestIntrospection> all) {
    GuestIntrospection first = all.stream()
        .min((a, b) -> a.getMetadata().getName().compareTo(b.getMetadata().getName())).orElseThrow();
    HostStatus host = first.getStatus().getHosts().stream()
        .filter(h -> h.getSva() != null && h.getSva().getVmMoref() != null)
        .findFirst().orElseThrow(() -> new IllegalStateException("no SVA to inject a fault into"));
    String vm = host.getSva().getVmMoref();
    switch (options.fault()) {
      case KILL_SVA -> sim.control().powerOffVm(vm);
      case DELETE_SVA -> sim.control().deleteVm(vm);
      case CUT_HEARTBEAT -> sim.control().cutHeartbeat(vm, true);
      case CORRUPT_SVA -> sim.control().corruptVm(vm);
      case NONE -> throw new IllegalStateException("no fault requested");
    }
    out.printf("Injected %s on SVA %s (%s) of host %s; watch the operator re-create it.%n",
        options.fault().name().toLowerCase().replace('_', '-'), host.getSva().getVmName(), vm, host.getName());
    return new Fault(first.getMetadata().getName(), host.getName(), vm);
  }

  /** The SVA a fault was injected into, and how to tell it was replaced. */
  record Fault(String resource, String host, String vm) {

    Optional<String> currentVm(List<GuestIntrospection> all) {
      return hostStatus(all).map(h -> h.getSva() == null ? null : h.getSva().getVmMoref());
    }

    boolean repairedIn(List<GuestIntrospection> all) {
      return hostStatus(all)
          .filter(h -> h.getStep() == HostStep.READY)
          .map(h -> h.getSva() == null ? null : h.getSva().getVmMoref())
          .filter(Objects::nonNull)
          .filter(now -> !now.equals(vm))
          .isPresent();
    }

    private Optional<HostStatus> hostStatus(List<GuestIntrospection> all) {
      return all.stream().filter(gi -> gi.getMetadata().getName().equals(resource)).findFirst()
          .filter(gi -> gi.getStatus() != null)
          .flatMap(gi -> gi.getStatus().getHosts().stream().filter(h -> host.equals(h.getName())).findFirst());
    }
  }
}
