package io.gioperator.reconcile.plan;

/** Which deployment step an issue explains, so a host row shows the text of its own step. */
enum IssueStage {
  MUX,
  VM,
  POWER,
  OTHER
}
