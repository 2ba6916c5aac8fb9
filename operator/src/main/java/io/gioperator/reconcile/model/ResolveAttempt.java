package io.gioperator.reconcile.model;

import java.time.Instant;

/**
 * The last time an issue of this type was resolved on this target, so the same problem is not
 * resolved again on every reconcile (EAM may regenerate issues with new keys).
 */
public record ResolveAttempt(String targetRef, String issueType, int key, Instant at) {}
