package io.gioperator.simulator.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.partner.HeartbeatStatus.History;
import io.gioperator.simulator.partner.HeartbeatStatus.Thresholds;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartbeatStatusTest {
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    static final Thresholds T = new Thresholds(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(90));

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void unknownUntilTheFirstBeatAfterRegistration() {
        History beating = new History(at(0), null, null, false);
        assertThat(HeartbeatStatus.evaluate(beating, at(15), at(19), T).status()).isEqualTo("UNKNOWN");
        HeartbeatStatus.Result up = HeartbeatStatus.evaluate(beating, at(15), at(21), T);
        assertThat(up.status()).isEqualTo("UP");
        assertThat(up.lastHeartbeat()).isEqualTo(at(20));
    }

    @Test
    void warningThenDownAfterBeatsStop() {
        History stopped = new History(null, at(0), at(55), false);
        assertThat(HeartbeatStatus.evaluate(stopped, at(0), at(60), T).status()).isEqualTo("UP");
        assertThat(HeartbeatStatus.evaluate(stopped, at(0), at(60), T).lastHeartbeat()).isEqualTo(at(50));
        assertThat(HeartbeatStatus.evaluate(stopped, at(0), at(81), T).status()).isEqualTo("WARNING");
        HeartbeatStatus.Result down = HeartbeatStatus.evaluate(stopped, at(0), at(141), T);
        assertThat(down.status()).isEqualTo("DOWN");
        assertThat(down.message()).contains("USVM Heartbeat status error");
    }

    @Test
    void scannerFailureAndSilenceAreDown() {
        assertThat(HeartbeatStatus.evaluate(new History(at(0), null, null, true), at(0), at(5), T).status())
                .isEqualTo("DOWN");
        assertThat(HeartbeatStatus.evaluate(History.NONE, at(0), at(91), T).status()).isEqualTo("DOWN");
        assertThat(HeartbeatStatus.evaluate(History.NONE, at(0), at(89), T).status()).isEqualTo("UNKNOWN");
    }

    @Test
    void partnerRoutes() {
        assertThat(PartnerHandler.operation("GET", "/api/v1/svas/reg-1")).isEqualTo("getSva");
        assertThat(PartnerHandler.operation("DELETE", "/api/v1/svas/reg-1/")).isEqualTo("deleteSva");
        assertThat(PartnerHandler.operation("POST", "/api/v1/svas")).isEqualTo("registerSva");
        assertThat(PartnerHandler.operation("PATCH", "/api/v1/about")).isEqualTo("methodNotAllowed");
        assertThat(PartnerHandler.operation("GET", "/api/v1/svas/a/b")).isEqualTo("unknown");
    }
}
