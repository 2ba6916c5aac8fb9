/**
 * The pure decision logic of the GuestIntrospection reconciler: {@link
 * io.gioperator.reconcile.plan.Planner#plan} turns (desired, observed, memory, now) into a {@link
 * io.gioperator.reconcile.model.Plan}; {@link io.gioperator.reconcile.plan.DeletionPlanner} does the
 * same for deletion. No I/O, no clock reads, no randomness. Design notes: docs/reconcile.md.
 */
package io.gioperator.reconcile.plan;
