package io.gioperator.reconcile.model;

/** A status condition; {@code reason} is CamelCase, {@code message} for humans. */
public record Condition(String type, ConditionStatus status, String reason, String message) {

  public static final String COMPATIBLE = "Compatible";
  public static final String AGENCY_READY = "AgencyReady";
  public static final String MUX_INSTALLED = "MuxInstalled";
  public static final String SVA_DEPLOYED = "SvaDeployed";
  public static final String SVA_POWERED_ON = "SvaPoweredOn";
  public static final String PARTNER_REGISTERED = "PartnerRegistered";
  public static final String SERVICE_HEALTHY = "ServiceHealthy";
  public static final String READY = "Ready";
  public static final String RECONCILING = "Reconciling";
  public static final String STALLED = "Stalled";

  public static Condition of(String type, boolean ok, String reason, String message) {
    return new Condition(type, ok ? ConditionStatus.True : ConditionStatus.False, reason, message);
  }

  public boolean isTrue() {
    return status == ConditionStatus.True;
  }
}
