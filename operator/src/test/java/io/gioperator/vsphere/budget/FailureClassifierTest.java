package io.gioperator.vsphere.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.vsphere.soap.EamServiceNotInitializedFault;
import io.gioperator.vsphere.soap.InvalidArgumentFault;
import io.gioperator.vsphere.soap.InvalidLoginFault;
import io.gioperator.vsphere.soap.ManagedObjectNotFoundFault;
import io.gioperator.vsphere.soap.VSphereProtocolException;
import io.gioperator.vsphere.soap.VSphereTransientException;
import io.gioperator.vsphere.soap.VSphereTransientException.Reason;
import org.junit.jupiter.api.Test;

class FailureClassifierTest {

    @Test
    void retriesOnlyTransientServerTrouble() {
        assertThat(FailureClassifier.isRetryable(new VSphereTransientException(Reason.IO, "reset"))).isTrue();
        assertThat(FailureClassifier.isRetryable(new VSphereTransientException(Reason.HTTP_UNAVAILABLE, "503"))).isTrue();
        assertThat(FailureClassifier.isRetryable(new VSphereTransientException(Reason.TIMEOUT, "slow"))).isTrue();
        assertThat(FailureClassifier.isRetryable(new EamServiceNotInitializedFault("EamServiceNotInitialized", "loading")))
                .isTrue();
        assertThat(FailureClassifier.isRetryable(new InvalidLoginFault("InvalidLogin", "no"))).isFalse();
        assertThat(FailureClassifier.isRetryable(new InvalidArgumentFault("InvalidArgument", "no", "x"))).isFalse();
        assertThat(FailureClassifier.isRetryable(new VSphereProtocolException("garbage"))).isFalse();
        assertThat(FailureClassifier.isRetryable(new VSphereTransientException(Reason.CIRCUIT_OPEN, "open"))).isFalse();
        assertThat(FailureClassifier.isRetryable(new IllegalStateException())).isFalse();
    }

    @Test
    void breakerCountsTransientFailuresNotBusinessFaults() {
        assertThat(FailureClassifier.countsAgainstBreaker(new VSphereTransientException(Reason.IO, "x"))).isTrue();
        assertThat(FailureClassifier.countsAgainstBreaker(new ManagedObjectNotFoundFault("ManagedObjectNotFound", "x", null)))
                .isFalse();
        assertThat(FailureClassifier.countsAgainstBreaker(new VSphereTransientException(Reason.BULKHEAD_FULL, "x")))
                .isFalse();
    }

    @Test
    void outcomeLabelsAreBounded() {
        assertThat(FailureClassifier.outcome(null)).isEqualTo("success");
        assertThat(FailureClassifier.outcome(new ManagedObjectNotFoundFault("ManagedObjectNotFound", "vm-1 gone", null)))
                .isEqualTo("ManagedObjectNotFound");
        assertThat(FailureClassifier.outcome(new VSphereTransientException(Reason.IO, "x"))).isEqualTo("transient");
        assertThat(FailureClassifier.outcome(new VSphereTransientException(Reason.RATE_LIMITED, "x"))).isEqualTo("rejected");
        assertThat(FailureClassifier.outcome(new VSphereProtocolException("x"))).isEqualTo("protocol");
        assertThat(FailureClassifier.outcome(new RuntimeException())).isEqualTo("error");
    }
}
