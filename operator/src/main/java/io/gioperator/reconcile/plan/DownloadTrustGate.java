package io.gioperator.reconcile.plan;

import io.gioperator.reconcile.model.AgencySpec;

/**
 * EAM's download trusts (ovfSslTrust/vibSslTrust) exist since EAM 8.2 = vCenter 8.0 Update 2. On an older or
 * unknown vCenter the agency config is planned without them (so the agency is still created and kept in sync)
 * and the Compatible condition names the fields that were left out.
 */
final class DownloadTrustGate {

  static final String MINIMUM_VCENTER = "8.0.2";

  /** The spec to send and, when trusts were left out, why (null otherwise). */
  record Result(AgencySpec spec, String message) {
  }

  private DownloadTrustGate() {}

  static Result apply(AgencySpec desired, String vcenterVersion) {
    if (!desired.hasDownloadTrust() || supports(vcenterVersion)) {
      return new Result(desired, null);
    }
    String fields = desired.ovfTrust() != null && desired.vibTrust() != null
        ? "spec.sva.downloadTls and spec.mux.downloadTls"
        : desired.ovfTrust() != null ? "spec.sva.downloadTls" : "spec.mux.downloadTls";
    String message = fields + " of the PartnerSolution need vCenter " + MINIMUM_VCENTER + " (8.0 Update 2, EAM API "
        + "8.2) or newer, but vCenter is " + (vcenterVersion == null ? "of unknown version" : vcenterVersion)
        + "; not sent to EAM, which uses vCenter's trusted roots (VECS) for the download instead";
    return new Result(desired.withDownloadTrust(null, null), message);
  }

  static boolean supports(String vcenterVersion) {
    return vcenterVersion != null && compare(vcenterVersion.trim(), MINIMUM_VCENTER) >= 0;
  }

  /** Dotted numeric comparison; a non-numeric segment counts as 0, missing segments too. */
  private static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(number(x, i), number(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int number(String[] parts, int i) {
    if (i >= parts.length) {
      return 0;
    }
    try {
      return Integer.parseInt(parts[i]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
