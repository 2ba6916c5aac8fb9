package io.gioperator.reconcile.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.refs.ReferenceException;
import io.gioperator.reconcile.refs.SecretValues;
import io.gioperator.vsphere.soap.CertificateNotTrustedFault;
import io.gioperator.vsphere.soap.InvalidLoginFault;
import org.junit.jupiter.api.Test;

class FailureReasonsTest {

  @Test
  void failuresHaveStableReasons() {
    assertThat(FailureReasons.reason(new InvalidLoginFault("InvalidLogin", "bad")))
        .isEqualTo(FailureReasons.INVALID_CREDENTIALS);
    assertThat(FailureReasons.reason(new ReferenceException(SecretValues.SECRET_NOT_FOUND, "x")))
        .isEqualTo(FailureReasons.SECRET_NOT_FOUND);
    assertThat(FailureReasons.reason(new ReferenceException(
        io.gioperator.reconcile.refs.DownloadCertificates.DOWNLOAD_CERTIFICATE_INVALID, "x")))
        .isEqualTo(FailureReasons.INVALID_SPEC);
    assertThat(FailureReasons.reason(new ReferenceException("VCenterNotFound", "x")))
        .isEqualTo(FailureReasons.REFERENCE_NOT_FOUND);
    assertThat(FailureReasons.reason(new ObserveException(FailureReasons.CLUSTER_NOT_FOUND, "x")))
        .isEqualTo(FailureReasons.CLUSTER_NOT_FOUND);
    assertThat(FailureReasons.ALL).doesNotHaveDuplicates().contains(FailureReasons.PARTNER_UNREACHABLE);
  }

  @Test
  void certificateNotTrustedAtCreateNamesTheUrlAndTheFix() {
    var fault = new CertificateNotTrustedFault("CertificateNotTrustedFault", "Certificate not trusted",
        "https://depot/sva.ovf");
    assertThat(FailureReasons.reason(fault)).isEqualTo(FailureReasons.DOWNLOAD_CERTIFICATE_NOT_TRUSTED);
    assertThat(FailureReasons.ALL).contains(FailureReasons.DOWNLOAD_CERTIFICATE_NOT_TRUSTED);
    assertThat(FailureReasons.message(fault)).startsWith("CertificateNotTrustedFault: Certificate not trusted")
        .contains("https://depot/sva.ovf", "spec.sva.downloadTls (OVF) or spec.mux.downloadTls (VIB bundle)");
    assertThat(FailureReasons.message(fault, "https://depot/sva.ovf", "https://depot/mux.zip"))
        .contains("pin the server's own certificate with spec.sva.downloadTls (certificate or certificateFrom)")
        .doesNotContain("spec.mux.downloadTls");
    var vib = new CertificateNotTrustedFault("CertificateNotTrustedFault", "Certificate not trusted for "
        + "https://depot/mux.zip", "https://depot/mux.zip");
    assertThat(FailureReasons.message(vib, "https://depot/sva.ovf", "https://depot/mux.zip"))
        .as("the fix is added even when EAM's text names the URL")
        .contains("with spec.mux.downloadTls").doesNotContain("spec.sva.downloadTls");
  }
}
