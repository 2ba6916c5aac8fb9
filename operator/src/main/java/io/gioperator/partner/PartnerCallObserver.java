package io.gioperator.partner;

import java.time.Duration;

/**
 * Told of every finished call of a {@link PartnerClient}: which operation, how it ended ({@link PartnerCallOutcome})
 * and how long it took. Never given the URL's query, the token or the body.
 */
@FunctionalInterface
public interface PartnerCallObserver {

    PartnerCallObserver NONE = (operation, outcome, elapsed) -> { };

    void completed(String operation, String outcome, Duration elapsed);
}
