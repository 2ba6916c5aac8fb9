package io.gioperator.api.v1alpha1;

import java.util.List;

/**
 * Condition types and well-known reasons of {@link GuestIntrospection} status.
 *
 * <p>Ready, Reconciling and Stalled follow kstatus: Reconciling and Stalled are "abnormal-true" (present and True
 * only while work is in progress or stuck), Ready is the summary. The others describe one part each. Install state
 * (MuxInstalled, SvaDeployed, SvaPoweredOn: EAM is the source) and service state (PartnerRegistered,
 * ServiceHealthy: the partner is the source) are separate conditions and are never merged.
 */
public final class GuestIntrospectionConditions {

  /** Summary: every in-scope host is Ready. Its reason is shown by {@code kubectl get} as Status. */
  public static final String READY = "Ready";

  /** kstatus: the operator is working towards the spec (deploying, installing, redeploying). */
  public static final String RECONCILING = "Reconciling";

  /** kstatus: no progress without help (an EAM issue that needs a person, budget spent, invalid references). */
  public static final String STALLED = "Stalled";

  /** The referenced VCenter is Connected. */
  public static final String VCENTER_CONNECTED = "VCenterConnected";

  /** The hosts' ESXi versions and the vCenter version are in the partner's compatibility matrix. */
  public static final String COMPATIBLE = "Compatible";

  /** The EAM agency exists, matches the spec and EAM reports it green. */
  public static final String AGENCY_READY = "AgencyReady";

  /** The Mux VIB in the wanted version is installed on every in-scope host (EAM). */
  public static final String MUX_INSTALLED = "MuxInstalled";

  /** An SVA is deployed on every in-scope host (EAM). */
  public static final String SVA_DEPLOYED = "SvaDeployed";

  /** Every SVA is powered on (EAM / vCenter). */
  public static final String SVA_POWERED_ON = "SvaPoweredOn";

  /** Every SVA is registered with the partner solution manager. */
  public static final String PARTNER_REGISTERED = "PartnerRegistered";

  /** The partner reports the service in every SVA as up, with a recent heartbeat. */
  public static final String SERVICE_HEALTHY = "ServiceHealthy";

  /** spec.paused is true: nothing is changed, status is still observed. */
  public static final String PAUSED = "Paused";

  /** Every condition type the operator writes, in the order it writes them. */
  public static final List<String> ALL = List.of(READY, RECONCILING, STALLED, VCENTER_CONNECTED, COMPATIBLE,
      AGENCY_READY, MUX_INSTALLED, SVA_DEPLOYED, SVA_POWERED_ON, PARTNER_REGISTERED, SERVICE_HEALTHY, PAUSED);

  /** Reason of Ready=True: every in-scope host is Ready. */
  public static final String REASON_READY = "Ready";

  /** Reason: work in progress on some hosts. */
  public static final String REASON_PROGRESSING = "Progressing";

  /** Reason: spec.paused is true. */
  public static final String REASON_PAUSED = "Paused";

  /** Reason: the VCenter or PartnerSolution named by the spec does not exist or is not Ready. */
  public static final String REASON_REFERENCE_NOT_READY = "ReferenceNotReady";

  /** Reason: some hosts are outside the compatibility matrix. */
  public static final String REASON_INCOMPATIBLE_HOSTS = "IncompatibleHosts";

  /** Reason: some hosts are outside the matrix and spec.compatibility.incompatibleHosts is BlockCluster. */
  public static final String REASON_BLOCKED_BY_INCOMPATIBLE_HOSTS = "BlockedByIncompatibleHosts";

  /** Reason: the vCenter version is outside the compatibility matrix. */
  public static final String REASON_INCOMPATIBLE_VCENTER = "IncompatibleVCenter";

  /** Reason: the inventory path in spec.cluster (or a placement path or name) was not found in vCenter. */
  public static final String REASON_NOT_FOUND_IN_INVENTORY = "NotFoundInInventory";

  /** Reason: EAM reports issues that it cannot resolve on its own. */
  public static final String REASON_EAM_ISSUES = "EamIssues";

  /** Reason: a host used up spec.redeployPolicy.maxRedeploysPerHostPerHour. */
  public static final String REASON_REDEPLOY_BUDGET_EXHAUSTED = "RedeployBudgetExhausted";

  /** Reason: a host waits for maintenance mode or a reboot that spec.hostOperations does not allow. */
  public static final String REASON_WAITING_FOR_MAINTENANCE_MODE_PERMISSION = "WaitingForMaintenanceModePermission";

  /** Reason: the partner reports the service down in some SVAs. */
  public static final String REASON_SERVICE_DOWN = "ServiceDown";

  /** Reason: heartbeats of some SVAs are missing. */
  public static final String REASON_HEARTBEAT_MISSING = "HeartbeatMissing";

  /** Reason: the solution manager could not be reached. */
  public static final String REASON_SOLUTION_MANAGER_UNREACHABLE = "SolutionManagerUnreachable";

  private GuestIntrospectionConditions() {}
}
