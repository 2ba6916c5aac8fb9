package io.gioperator.api.v1alpha1;

/** Condition types and well-known reasons of {@link PartnerSolution} status. */
public final class PartnerSolutionConditions {

  /** Summary: the PartnerSolution can be deployed (valid, and its solution manager reachable if one is set). */
  public static final String READY = "Ready";

  /** The spec is usable: referenced Secrets and keys exist, URLs resolve. */
  public static final String VALID = "Valid";

  /** Reason: the spec is usable. */
  public static final String REASON_VALID = "Valid";

  /** Reason: a Secret named by an OVF property or the solution manager credentials does not exist or lacks the key. */
  public static final String REASON_SECRET_NOT_FOUND = "SecretNotFound";

  /** Reason: the solution manager could not be reached. */
  public static final String REASON_SOLUTION_MANAGER_UNREACHABLE = "SolutionManagerUnreachable";

  /** Reason: the solution manager refused the token. */
  public static final String REASON_SOLUTION_MANAGER_UNAUTHORIZED = "SolutionManagerUnauthorized";

  /** Reason: the solution manager's certificate is not trusted. */
  public static final String REASON_CERTIFICATE_NOT_TRUSTED = "CertificateNotTrusted";

  private PartnerSolutionConditions() {}
}
