/**
 * The planner's inputs and outputs as plain values, independent of the CRD classes and of the
 * vSphere/partner clients: the observe layer fills {@link io.gioperator.reconcile.model.DesiredCluster}
 * and {@link io.gioperator.reconcile.model.ObservedCluster}, the act layer executes
 * {@link io.gioperator.reconcile.model.Action}s, and {@link io.gioperator.reconcile.model.Memory} is
 * persisted in the status between reconciles.
 *
 * <p>Conventions: managed-object references are their string values ({@code "host-12"},
 * {@code "vm-40"}); times are {@link java.time.Instant}s; collections are never null (null becomes
 * empty). Enums whose values are written to the status use the status spelling as constant names
 * ({@code Ready}, {@code RecreateSva}); enums mirroring vSphere values use Java constants and offer
 * {@code fromWire(String)} for the vSphere spelling ({@code "poweredOn"}).
 */
package io.gioperator.reconcile.model;
