package io.gioperator.reconcile.model;

/**
 * Bounds on disruptive work.
 *
 * @param maxUnavailable how many hosts may be made unavailable by the operator at once
 *     (re-creations, Mux reinstalls, maintenance-mode remediations in flight); 0 forbids them
 * @param maxRedeploysPerHostPerHour automatic re-creations per host in any sliding hour before the
 *     host is Stalled
 */
public record RedeployPolicy(int maxUnavailable, int maxRedeploysPerHostPerHour) {

  public RedeployPolicy {
    if (maxUnavailable < 0 || maxRedeploysPerHostPerHour < 0) {
      throw new IllegalArgumentException("redeploy policy values must not be negative");
    }
  }
}
