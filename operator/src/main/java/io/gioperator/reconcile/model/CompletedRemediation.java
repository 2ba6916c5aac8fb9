package io.gioperator.reconcile.model;

import java.time.Instant;

/** A finished remediation request; a request with this id never runs again. */
public record CompletedRemediation(
    String id,
    RemediationAction action,
    String hostName,
    Instant completedAt,
    RemediationResult result,
    String message) {}
