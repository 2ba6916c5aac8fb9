package io.gioperator.reconcile.metrics;

import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.HostStep;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.Plan;
import io.gioperator.reconcile.model.ServiceStatus;
import io.gioperator.reconcile.observe.FailureReasons;
import io.gioperator.reconcile.status.HostRows;
import io.gioperator.reconcile.watch.PartnerChange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code gi_*} metrics of docs/metrics.md for GuestIntrospections. Labels are namespace, name and fixed
 * vocabularies (step, status, issue type, reason); never a host, VM or agency id. The step label uses the API's
 * words ({@code Redeploying}, not the planner's {@code Recreating}). Counters of every reason are
 * registered at 0 when a resource is first seen, so {@code increase()} works from the first event.
 */
public final class GiMetrics {

  public static final List<String> RECREATION_REASONS =
      List.of("PoweredOff", "Corrupted", "Deleted", "ServiceDown", "HeartbeatMissing", "Requested");
  /** The step label values: the API's host steps as status.hosts[].step spells them, so both read alike. */
  public static final List<String> STEPS = Arrays.stream(io.gioperator.api.v1alpha1.HostStep.values())
      .map(io.gioperator.api.v1alpha1.HostStep::wireName).toList();

  public static final List<String> PARTNER_WATCH_CHANGES =
      Arrays.stream(PartnerChange.values()).map(PartnerChange::label).toList();
  private static final String PARTNER_WATCH_TRIGGERS = "gi.partner.watch.triggers";

  private final MeterRegistry registry;
  private final Map<String, Map<String, AtomicLong>> gauges = new ConcurrentHashMap<>();
  private final Map<String, List<Meter>> meters = new ConcurrentHashMap<>();

  public GiMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Updates the gauges from a plan and the observation it came from. */
  public void record(String namespace, String name, Plan plan, ObservedCluster observed) {
    ensure(namespace, name);
    set(namespace, name, "ready", plan.condition("Ready") != null && plan.condition("Ready").isTrue() ? 1 : 0);
    set(namespace, name, "inScope", plan.counts().inScope());
    set(namespace, name, "hostsReady", plan.counts().ready());
    Map<String, Long> steps = new java.util.HashMap<>();
    Map<String, Long> services = new java.util.HashMap<>();
    for (HostRow row : plan.hosts()) {
      if (row.step() != HostStep.Removed) {
        steps.merge(HostRows.step(row.step()).wireName(), 1L, Long::sum);
      }
      if (row.service() != null) {
        services.merge(row.service().name(), 1L, Long::sum);
      }
    }
    STEPS.forEach(s -> set(namespace, name, "step:" + s, steps.getOrDefault(s, 0L)));
    for (ServiceStatus s : ServiceStatus.values()) {
      set(namespace, name, "service:" + s.name(), services.getOrDefault(s.name(), 0L));
    }
    Map<String, Long> issues = new java.util.HashMap<>();
    observed.agents().forEach(a -> a.issues().forEach(i -> issues.merge(i.type(), 1L, Long::sum)));
    observed.agencyIfPresent().ifPresent(a -> a.issues().forEach(i -> issues.merge(i.type(), 1L, Long::sum)));
    Map<String, AtomicLong> values = gauges.get(key(namespace, name));
    values.keySet().stream().filter(k -> k.startsWith("issue:")).toList()
        .forEach(k -> values.get(k).set(issues.getOrDefault(k.substring(6), 0L)));
    issues.forEach((type, count) -> issueGauge(namespace, name, type).set(count));
  }

  /** Sets Ready to 0 after a reconcile that could not plan (the hosts keep their last values). */
  public void notReady(String namespace, String name) {
    ensure(namespace, name);
    set(namespace, name, "ready", 0);
  }

  public void failure(String namespace, String name, String reason) {
    ensure(namespace, name);
    counter("gi.reconcile.failures", namespace, name, reason).increment();
  }

  public void recreation(String namespace, String name, String reason) {
    ensure(namespace, name);
    counter("gi.sva.recreations", namespace, name, reason).increment();
  }

  /** The partner watch saw {@code change} (a {@link PartnerChange#label()}) and triggered a reconcile. */
  public void partnerWatchTrigger(String namespace, String name, String change) {
    ensure(namespace, name);
    counter(PARTNER_WATCH_TRIGGERS, namespace, name, "change", change).increment();
  }

  /** Drops every meter of a deleted resource. */
  public void remove(String namespace, String name) {
    List<Meter> owned = meters.remove(key(namespace, name));
    if (owned != null) {
      owned.forEach(registry::remove);
    }
    gauges.remove(key(namespace, name));
  }

  private void ensure(String namespace, String name) {
    String key = key(namespace, name);
    if (gauges.containsKey(key)) {
      return;
    }
    gauges.put(key, new ConcurrentHashMap<>());
    meters.put(key, new ArrayList<>());
    Tags tags = Tags.of("namespace", namespace, "name", name);
    gauge("gi.guestintrospection.ready", tags, key, "ready");
    gauge("gi.guestintrospection.hosts.in.scope", tags, key, "inScope");
    gauge("gi.guestintrospection.hosts.ready", tags, key, "hostsReady");
    STEPS.forEach(s -> gauge("gi.guestintrospection.hosts", tags.and("step", s), key, "step:" + s));
    for (ServiceStatus s : ServiceStatus.values()) {
      gauge("gi.partner.service.hosts", tags.and("status", s.name()), key, "service:" + s.name());
    }
    FailureReasons.ALL.forEach(r -> counter("gi.reconcile.failures", namespace, name, r));
    RECREATION_REASONS.forEach(r -> counter("gi.sva.recreations", namespace, name, r));
    PARTNER_WATCH_CHANGES.forEach(c -> counter(PARTNER_WATCH_TRIGGERS, namespace, name, "change", c));
  }

  private AtomicLong issueGauge(String namespace, String name, String type) {
    String key = key(namespace, name);
    String field = "issue:" + type;
    if (!gauges.get(key).containsKey(field)) {
      gauge("gi.eam.issues.open", Tags.of("namespace", namespace, "name", name, "type", type), key, field);
    }
    return gauges.get(key).get(field);
  }

  private void gauge(String metric, Tags tags, String key, String field) {
    AtomicLong value = gauges.get(key).computeIfAbsent(field, f -> new AtomicLong());
    meters.get(key).add(Gauge.builder(metric, value, AtomicLong::get).tags(tags).register(registry));
  }

  private Counter counter(String metric, String namespace, String name, String reason) {
    return counter(metric, namespace, name, "reason", reason);
  }

  private Counter counter(String metric, String namespace, String name, String labelKey, String labelValue) {
    Counter c = Counter.builder(metric).tags("namespace", namespace, "name", name, labelKey, labelValue)
        .register(registry);
    List<Meter> owned = meters.get(key(namespace, name));
    if (owned != null && !owned.contains(c)) {
      owned.add(c);
    }
    return c;
  }

  private void set(String namespace, String name, String field, long value) {
    gauges.get(key(namespace, name)).computeIfAbsent(field, f -> new AtomicLong()).set(value);
  }

  private static String key(String namespace, String name) {
    return namespace + "/" + name;
  }
}
