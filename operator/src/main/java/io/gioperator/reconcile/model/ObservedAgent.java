package io.gioperator.reconcile.model;

import java.util.List;
import java.util.Objects;

/**
 * One EAM agent (one per host of the scope).
 *
 * @param vmRef the agent VM, null until deployed (or after it was destroyed)
 * @param powerState null when no VM is deployed
 * @param ip the VM's IP address, null until known
 * @param receivingHeartbeat EAM's {@code receivingHeartBeat}: the health floor
 */
public record ObservedAgent(
    String ref,
    String hostRef,
    String vmRef,
    String vmName,
    PowerState powerState,
    String ip,
    boolean receivingHeartbeat,
    List<InstalledVib> installedVibs,
    EamStatus status,
    List<EamIssue> issues) {

  public ObservedAgent {
    ref = Objects.requireNonNull(Values.text(ref), "ref");
    hostRef = Values.text(hostRef);
    vmRef = Values.text(vmRef);
    vmName = Values.text(vmName);
    ip = Values.text(ip);
    installedVibs = Values.list(installedVibs);
    status = status == null ? EamStatus.YELLOW : status;
    issues = Values.list(issues);
  }

  /** The installed version of the named VIB, or null. */
  public String vibVersion(String vibName) {
    return installedVibs.stream()
        .filter(vib -> vib.name() != null && vib.name().equalsIgnoreCase(vibName))
        .map(InstalledVib::version)
        .findFirst()
        .orElse(null);
  }
}
