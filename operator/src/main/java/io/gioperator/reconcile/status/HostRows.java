package io.gioperator.reconcile.status;

import io.gioperator.api.v1alpha1.EamIssue;
import io.gioperator.api.v1alpha1.HostStatus;
import io.gioperator.api.v1alpha1.HostStep;
import io.gioperator.api.v1alpha1.PartnerRegistrationStatus;
import io.gioperator.api.v1alpha1.RedeployHistory;
import io.gioperator.api.v1alpha1.SvaStatus;
import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.HostRow;
import io.gioperator.reconcile.model.ObservedCluster;
import io.gioperator.reconcile.model.ObservedHost;
import io.gioperator.reconcile.model.PartnerRegistration;
import java.time.Instant;
import java.util.List;

/** The planner's host rows to the API's {@code status.hosts}, with the observed columns. Pure. */
public final class HostRows {

  private HostRows() {}

  public static HostStatus toStatus(HostRow row, ObservedCluster observed, HostMemory memory, String svaVersion,
                                    Instant now) {
    HostStatus h = new HostStatus();
    h.setName(row.hostName());
    h.setMoref(row.hostRef());
    h.setEsxiVersion(row.esxiVersion());
    h.setEsxiBuild(build(row.esxiBuild()));
    ObservedHost host = observed.host(row.hostRef()).orElse(null);
    if (host != null) {
      h.setConnectionState(host.connection().wire());
      h.setInMaintenanceMode(host.inMaintenanceMode());
    }
    h.setInScope(!row.step().outOfScope());
    h.setCompatible(row.step() != io.gioperator.reconcile.model.HostStep.Incompatible);
    h.setStep(step(row.step()));
    h.setMessage(message(row));
    h.setMuxVibVersion(row.muxVersion());
    if (row.vmRef() != null) {
      SvaStatus sva = new SvaStatus();
      sva.setVmMoref(row.vmRef());
      observed.agentOnHost(row.hostRef()).ifPresent(a -> sva.setVmName(a.vmName()));
      sva.setPowerState(row.powerState() == null ? null : row.powerState().wire());
      sva.setIpAddress(row.ip());
      sva.setVersion(svaVersion);
      h.setSva(sva);
    }
    if (row.registrationId() != null || row.service() != null) {
      PartnerRegistrationStatus p = new PartnerRegistrationStatus();
      p.setRegistrationId(row.registrationId());
      p.setServiceStatus(row.service() == null ? null : row.service().name());
      observed.partner().registrations().stream().filter(r -> r.id().equals(row.registrationId())).findFirst()
          .map(PartnerRegistration::lastHeartbeat).ifPresent(t -> p.setLastHeartbeatTime(t.toString()));
      h.setPartner(p);
    }
    if (memory != null && (!memory.redeploys().isEmpty() || memory.lastRecreateReason() != null)) {
      RedeployHistory r = new RedeployHistory();
      r.setCount((int) memory.redeploysInLastHour(now));
      r.setRecent(memory.redeploys().stream().map(Instant::toString).toList());
      r.setLastReason(memory.lastRecreateReason());
      h.setRedeploys(r);
    }
    List<EamIssue> issues = observed.agentOnHost(row.hostRef()).map(a -> a.issues().stream().map(i -> {
      EamIssue e = new EamIssue();
      e.setType(i.type());
      e.setKey(i.key());
      e.setText(i.description());
      return e;
    }).toList()).orElse(List.of());
    h.setIssues(new java.util.ArrayList<>(issues));
    return h;
  }

  /**
   * The API's step vocabulary is older than the planner's: WaitingForService shows as Registering and Recreating
   * as Redeploying; the row message starts with the planner's step and reason so nothing is lost.
   */
  public static HostStep step(io.gioperator.reconcile.model.HostStep step) {
    return switch (step) {
      case Pending -> HostStep.PENDING;
      case InstallingMux -> HostStep.INSTALLING_MUX;
      case DeployingSva -> HostStep.DEPLOYING_SVA;
      case PoweringOn -> HostStep.POWERING_ON;
      case WaitingForIp -> HostStep.WAITING_FOR_IP;
      case Registering, WaitingForService -> HostStep.REGISTERING;
      case Ready -> HostStep.READY;
      case Recreating -> HostStep.REDEPLOYING;
      case Stalled -> HostStep.STALLED;
      case WaitingForMaintenanceModePermission -> HostStep.WAITING_FOR_MAINTENANCE_MODE_PERMISSION;
      case Incompatible -> HostStep.INCOMPATIBLE;
      case Disconnected, Removed -> HostStep.DISCONNECTED;
      case InMaintenance -> HostStep.IN_MAINTENANCE;
    };
  }

  static String message(HostRow row) {
    String reason = row.reason() == null ? row.step().name() : row.reason();
    String text = row.message() == null ? "" : row.message();
    String prefix = row.step() == io.gioperator.reconcile.model.HostStep.WaitingForService
        && !reason.equals("WaitingForService") ? "WaitingForService/" + reason : reason;
    return text.isEmpty() ? prefix : prefix + ": " + text;
  }

  private static Long build(String build) {
    try {
      return build == null ? null : Long.parseLong(build.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
