package io.gioperator.reconcile.model;

/**
 * How EAM trusts the server it downloads the OVF or the VIB bundle from (EAM 8.2 AgentSslTrust). Absent (null
 * in {@link AgencySpec}) means vCenter's default trust store.
 */
public sealed interface DownloadTrust permits DownloadTrust.AnyCertificate, DownloadTrust.Pinned {

  /** No verification (AgentAnyCertificate). */
  record AnyCertificate() implements DownloadTrust {
    @Override
    public String toString() {
      return "any-certificate";
    }
  }

  /**
   * Exactly this server certificate (AgentPinnedPemCertificate); the PEM is stored trimmed with LF line ends, so
   * that a read-back differing only in those compares equal.
   */
  record Pinned(String pem) implements DownloadTrust {
    public Pinned {
      pem = Values.text(pem == null ? null : pem.replace("\r\n", "\n"));
      if (pem == null) {
        throw new IllegalArgumentException("a pinned download certificate needs its PEM");
      }
    }

    @Override
    public String toString() {
      return "pinned(" + pem.length() + " chars)";
    }
  }

  static DownloadTrust any() {
    return new AnyCertificate();
  }

  static DownloadTrust pinned(String pem) {
    return new Pinned(pem);
  }
}
