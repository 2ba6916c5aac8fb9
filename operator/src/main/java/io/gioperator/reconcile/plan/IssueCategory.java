package io.gioperator.reconcile.plan;

/** What the operator does about an EAM issue (rule 4). */
enum IssueCategory {
  /** Safe to Resolve automatically (EAM retries a deploy/install or deletes an orphan). */
  RESOLVE,
  /** Resolve makes EAM delete and re-provision the VM: a redeploy, bounded by the redeploy policy. */
  RESOLVE_AS_REDEPLOY,
  /** Resolve would power the VM on; the operator re-creates it instead. */
  RECREATE_INSTEAD,
  /** Resolve puts the host into maintenance mode: needs allowMaintenanceMode, one host at a time. */
  NEEDS_MAINTENANCE_MODE,
  /** Resolve puts the host into maintenance mode and reboots it: also needs allowReboot. */
  NEEDS_REBOOT,
  /** The host is in maintenance mode: reported, not fought (Resolve would take it out). */
  HOST_IN_MAINTENANCE,
  /** Passive, not remediable, or unknown: reported with EAM's text for a person to fix. */
  REPORT
}
