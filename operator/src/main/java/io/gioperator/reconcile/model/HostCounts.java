package io.gioperator.reconcile.model;

/**
 * Host totals for the status and metrics. {@code inScope} = hosts that are compatible, connected
 * and not in a maintenance mode the operator did not start; {@code ready} counts among those.
 */
public record HostCounts(
    int total,
    int inScope,
    int ready,
    int incompatible,
    int disconnected,
    int inMaintenance,
    int stalled,
    int removed) {}
