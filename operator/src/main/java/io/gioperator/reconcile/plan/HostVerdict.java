package io.gioperator.reconcile.plan;

/** Whether one host may get the Mux and an SVA, and if not, why (CamelCase reason + message). */
record HostVerdict(boolean compatible, String reason, String message) {

  static final HostVerdict OK = new HostVerdict(true, "Compatible", "");
}
