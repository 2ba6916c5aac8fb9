package io.gioperator.reconcile.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.refs.ReferenceException;
import io.gioperator.reconcile.refs.SecretValues;
import io.gioperator.vsphere.soap.InvalidLoginFault;
import org.junit.jupiter.api.Test;

class FailureReasonsTest {

  @Test
  void failuresHaveStableReasons() {
    assertThat(FailureReasons.reason(new InvalidLoginFault("InvalidLogin", "bad")))
        .isEqualTo(FailureReasons.INVALID_CREDENTIALS);
    assertThat(FailureReasons.reason(new ReferenceException(SecretValues.SECRET_NOT_FOUND, "x")))
        .isEqualTo(FailureReasons.SECRET_NOT_FOUND);
    assertThat(FailureReasons.reason(new ReferenceException("VCenterNotFound", "x")))
        .isEqualTo(FailureReasons.REFERENCE_NOT_FOUND);
    assertThat(FailureReasons.reason(new ObserveException(FailureReasons.CLUSTER_NOT_FOUND, "x")))
        .isEqualTo(FailureReasons.CLUSTER_NOT_FOUND);
    assertThat(FailureReasons.ALL).doesNotHaveDuplicates().contains(FailureReasons.PARTNER_UNREACHABLE);
  }
}
