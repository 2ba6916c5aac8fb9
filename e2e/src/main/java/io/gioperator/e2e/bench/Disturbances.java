package io.gioperator.e2e.bench;

import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.e2e.lab.LocalLab;
import io.gioperator.simulator.control.Audit;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Phases 3 and 4: a change made behind the operator's back through the simulator's control API (as an
 * administrator or a failure would), timed until the operator reports the affected host Ready again.
 * Both act on the first cluster, {@code cluster-01}.
 */
final class Disturbances {

  private static final String GI = "cluster-01";
  private static final String CLUSTER = "Cluster-01";

  private final LocalLab lab;
  private final GiPoller poller;
  private final Duration timeout;
  private final PrintStream out;

  Disturbances(LocalLab lab, GiPoller poller, Duration timeout, PrintStream out) {
    this.lab = lab;
    this.poller = poller;
    this.timeout = timeout;
    this.out = out;
  }

  /** Powers one SVA off; done when that host runs a different VM, Ready, and the GuestIntrospection is Ready. */
  BenchReport.Repair repair() throws InterruptedException {
    GuestIntrospection gi = GiPoller.named(poller.list(), GI)
        .orElseThrow(() -> new IllegalStateException("repair: no GuestIntrospection " + GI));
    HostStatus victim = gi.getStatus().getHosts().stream()
        .filter(h -> h.getSva() != null && h.getSva().getVmMoref() != null)
        .min(Comparator.comparing(HostStatus::getName))
        .orElseThrow(() -> new IllegalStateException("repair: " + GI + " reports no SVA"));
    String host = victim.getName();
    String brokenVm = victim.getSva().getVmMoref();
    out.printf("3/4 repair: powering off SVA %s on %s behind EAM's back%n", brokenVm, host);
    ConvergenceBenchmark.Window window = ConvergenceBenchmark.Window.open(lab);
    lab.sim().control().powerOffVm(brokenVm);
    String newVm = poller.await("repair of " + brokenVm, timeout, all -> GiPoller.named(all, GI)
        .filter(GiPoller::ready)
        .flatMap(g -> GiPoller.host(g, host))
        .filter(h -> h.getStep() == HostStep.READY && h.getSva() != null)
        .map(h -> h.getSva().getVmMoref())
        .filter(Objects::nonNull)
        .filter(vm -> !vm.equals(brokenVm)));
    ConvergenceBenchmark.Window.Closed closed = window.close();
    return new BenchReport.Repair(GI, host, brokenVm, newVm, closed.elapsedMs(), closed.calls(),
        Reconciles.total(closed.reconciles()));
  }

  /** Adds a host to the first cluster; done when it is Ready in the GuestIntrospection and that is Ready. */
  BenchReport.ScaleOut scaleOut() throws InterruptedException {
    ConvergenceBenchmark.Window window = ConvergenceBenchmark.Window.open(lab);
    String id = lab.sim().control().addHost(CLUSTER, null, null, null);
    String host = lab.sim().audit().hosts().stream().filter(h -> id.equals(h.id())).map(Audit.HostEntry::name)
        .findFirst().orElseThrow(() -> new IllegalStateException("scale-out: the simulator lost host " + id));
    out.printf("4/4 scale-out: added host %s to %s%n", host, CLUSTER);
    poller.await("host " + host + " Ready", timeout, all -> GiPoller.named(all, GI)
        .filter(GiPoller::ready)
        .flatMap(g -> GiPoller.host(g, host))
        .filter(h -> h.getStep() == HostStep.READY)
        .map(h -> true));
    ConvergenceBenchmark.Window.Closed closed = window.close();
    return new BenchReport.ScaleOut(GI, CLUSTER, host, closed.elapsedMs(), closed.calls(),
        Reconciles.total(closed.reconciles()));
  }
}
