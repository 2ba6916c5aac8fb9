package io.gioperator.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outcome label's vocabulary stays bounded whatever the manager answers. */
class PartnerCallOutcomeTest {

    @Test
    void theClientsOwnFailureCodesHaveTheirOwnOutcome() {
        assertThat(PartnerCallOutcome.of(null)).isEqualTo("success");
        assertThat(PartnerCallOutcome.of(new PartnerException(0, PartnerClient.TLS_HANDSHAKE_FAILED, "x")))
                .isEqualTo("tls");
        assertThat(PartnerCallOutcome.of(new PartnerException(0, PartnerClient.RESPONSE_TOO_LARGE, "x")))
                .isEqualTo("protocol");
        assertThat(PartnerCallOutcome.of(new PartnerException(200, PartnerClient.MALFORMED_RESPONSE, "x")))
                .isEqualTo("protocol");
        assertThat(PartnerCallOutcome.of(new PartnerException(0, PartnerClient.INVALID_TOKEN, "x")))
                .isEqualTo("InvalidToken");
        assertThat(PartnerCallOutcome.of(new PartnerUnavailableException(504, "x", null))).isEqualTo("transient");
    }

    @Test
    void anythingElseIsHttpErrorOrProtocol() {
        assertThat(PartnerCallOutcome.of(new PartnerException(500, null, "x"))).isEqualTo("HttpError");
        assertThat(PartnerCallOutcome.of(new PartnerException(422, "Vendor says no", "x"))).isEqualTo("HttpError");
        assertThat(PartnerCallOutcome.of(new IllegalStateException("bug"))).isEqualTo("protocol");
    }
}
