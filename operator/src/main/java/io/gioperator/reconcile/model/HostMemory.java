package io.gioperator.reconcile.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the operator remembers about one host between reconciles.
 *
 * @param lastVmRef the agent VM last seen on the host: a VmNotDeployed after it disappeared is a
 *     deleted SVA (a redeploy), not a first deployment
 * @param redeploys start times of automatic re-creations, for the hourly budget (older than an
 *     hour are dropped)
 * @param unhealthySince when the service was first seen DOWN or its heartbeat missing; null when
 *     healthy
 * @param poweredOffSince when the SVA was first seen off while EAM reported no power issue and was not
 *     working on it (EAM's own view may lag, e.g. while it powers the SVA off for maintenance mode); null
 *     otherwise
 */
public record HostMemory(
    String hostName,
    String lastVmRef,
    List<Instant> redeploys,
    Instant unhealthySince,
    String lastRecreateReason,
    Instant lastRecreateAt,
    Recreate recreate,
    MuxReinstall muxReinstall,
    MaintenanceHold maintenanceHold,
    Instant poweredOffSince) {

  public HostMemory {
    redeploys = Values.list(redeploys);
  }

  public static HostMemory named(String hostName) {
    return new HostMemory(hostName, null, List.of(), null, null, null, null, null, null, null);
  }

  /** Automatic re-creations that started less than an hour before {@code now}. */
  public long redeploysInLastHour(Instant now) {
    Instant hourAgo = now.minus(Duration.ofHours(1));
    return redeploys.stream().filter(t -> t.isAfter(hourAgo)).count();
  }

  /** True while the operator has a disruptive operation in flight on this host. */
  public boolean busy() {
    return recreate != null || muxReinstall != null || maintenanceHold != null;
  }

  public HostMemory withHostName(String name) {
    return new HostMemory(name, lastVmRef, redeploys, unhealthySince, lastRecreateReason, lastRecreateAt, recreate, muxReinstall, maintenanceHold, poweredOffSince);
  }

  public HostMemory withLastVmRef(String vmRef) {
    return new HostMemory(hostName, vmRef, redeploys, unhealthySince, lastRecreateReason, lastRecreateAt, recreate, muxReinstall, maintenanceHold, poweredOffSince);
  }

  public HostMemory withUnhealthySince(Instant since) {
    return new HostMemory(hostName, lastVmRef, redeploys, since, lastRecreateReason, lastRecreateAt, recreate, muxReinstall, maintenanceHold, poweredOffSince);
  }

  public HostMemory withRecreate(Recreate value) {
    return new HostMemory(hostName, lastVmRef, redeploys, unhealthySince, lastRecreateReason, lastRecreateAt, value, muxReinstall, maintenanceHold, poweredOffSince);
  }

  public HostMemory withMuxReinstall(MuxReinstall value) {
    return new HostMemory(hostName, lastVmRef, redeploys, unhealthySince, lastRecreateReason, lastRecreateAt, recreate, value, maintenanceHold, poweredOffSince);
  }

  public HostMemory withMaintenanceHold(MaintenanceHold value) {
    return new HostMemory(hostName, lastVmRef, redeploys, unhealthySince, lastRecreateReason, lastRecreateAt, recreate, muxReinstall, value, poweredOffSince);
  }

  public HostMemory withPoweredOffSince(Instant since) {
    return new HostMemory(hostName, lastVmRef, redeploys, unhealthySince, lastRecreateReason, lastRecreateAt, recreate, muxReinstall, maintenanceHold, since);
  }

  /** Starts a re-creation; automatic ones ({@code counted}) use up the hourly budget. */
  public HostMemory startRecreate(Recreate value, boolean counted) {
    List<Instant> times = redeploys;
    if (counted) {
      times = new ArrayList<>(redeploys);
      times.add(value.startedAt());
    }
    return new HostMemory(hostName, lastVmRef, times, null, value.reason(), value.startedAt(), value, muxReinstall, maintenanceHold, null);
  }

  /** Forgets redeploy times that no longer count against the hourly budget. */
  public HostMemory pruneRedeploys(Instant now) {
    Instant hourAgo = now.minus(Duration.ofHours(1));
    List<Instant> recent = redeploys.stream().filter(t -> t.isAfter(hourAgo)).toList();
    return recent.size() == redeploys.size() ? this
        : new HostMemory(hostName, lastVmRef, recent, unhealthySince, lastRecreateReason, lastRecreateAt, recreate, muxReinstall, maintenanceHold, poweredOffSince);
  }
}
