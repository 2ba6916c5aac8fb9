package io.gioperator.reconcile.model;

/**
 * A remediation request that is not completed yet.
 *
 * @param state {@code Pending} (waiting for its turn, with the reason in the message) or
 *     {@code Running} (with the phase in the message)
 */
public record RemediationProgress(
    String id, RemediationAction action, String hostName, String state, String message) {}
