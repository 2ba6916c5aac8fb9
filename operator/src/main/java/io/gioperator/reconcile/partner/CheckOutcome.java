package io.gioperator.reconcile.partner;

import io.gioperator.api.v1alpha1.PartnerSolutionConditions;
import io.gioperator.partner.PartnerAbout;
import io.gioperator.partner.PartnerClient;
import io.gioperator.partner.PartnerException;
import io.gioperator.partner.PartnerUnauthorizedException;

/** What one check of a PartnerSolution found; {@link PartnerSolutionStatuses} turns it into status and timing. */
public sealed interface CheckOutcome {

  /** The reason of {@code Ready=False} written for this outcome, null when Ready. */
  String failureReason();

  /** No solution manager in the spec: EAM's heartbeat is the only health signal. */
  record NoSolutionManager() implements CheckOutcome {
    @Override
    public String failureReason() {
      return null;
    }
  }

  /** The manager's {@code about} answered with the token. */
  record Reachable(String url, PartnerAbout about) implements CheckOutcome {
    @Override
    public String failureReason() {
      return null;
    }
  }

  /** The spec cannot be used as written: a Secret or key is missing, or a URL or trust setting is invalid. */
  record Invalid(String reason, String message) implements CheckOutcome {
    @Override
    public String failureReason() {
      return reason;
    }
  }

  /** The spec is usable but the manager did not answer as it should (down, token refused, TLS). */
  record ManagerFailed(String reason, String message) implements CheckOutcome {
    @Override
    public String failureReason() {
      return reason;
    }
  }

  /** The stable reason for a failed call to the manager. */
  static ManagerFailed managerFailed(PartnerException e) {
    String reason;
    if (e instanceof PartnerUnauthorizedException) {
      reason = PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNAUTHORIZED;
    } else if (PartnerClient.TLS_HANDSHAKE_FAILED.equals(e.errorCode())) {
      reason = PartnerSolutionConditions.REASON_CERTIFICATE_NOT_TRUSTED;
    } else {
      reason = PartnerSolutionConditions.REASON_SOLUTION_MANAGER_UNREACHABLE;
    }
    return new ManagerFailed(reason, String.valueOf(e.getMessage()));
  }
}
