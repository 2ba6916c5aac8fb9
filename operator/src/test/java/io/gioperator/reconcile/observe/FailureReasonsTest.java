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
    assertThat(FailureReasons.reason(fault)).isEqualTo(FailureReasons.EAM_FAULT);
    assertThat(FailureReasons.message(fault)).startsWith("CertificateNotTrustedFault: Certificate not trusted")
        .contains("https://depot/sva.ovf").contains("spec.sva.downloadTls");
  }
}
