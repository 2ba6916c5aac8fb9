package io.gioperator.vsphere.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionOwnersTest {

    private final SessionOwners<String> owners = new SessionOwners<>();

    @Test
    void aKeyIsFreedOnlyWhenItsLastOwnerMovesAwayOrIsReleased() {
        assertThat(owners.use("ns/a", "k1")).isEmpty();
        assertThat(owners.use("ns/b", "k1")).isEmpty();

        assertThat(owners.use("ns/a", "k2")).as("ns/b still uses k1").isEmpty();
        assertThat(owners.use("ns/b", "k3")).as("ns/b was the last on k1").contains("k1");

        assertThat(owners.release("ns/a")).contains("k2");
        assertThat(owners.release("ns/b")).contains("k3");
    }

    @Test
    void usingTheSameKeyAgainOrReleasingAnUnknownOwnerFreesNothing() {
        assertThat(owners.use("ns/a", "k1")).isEmpty();
        assertThat(owners.use("ns/a", "k1")).isEmpty();
        assertThat(owners.release("ns/other")).isEmpty();
        assertThat(owners.release("ns/a")).contains("k1");
        assertThat(owners.release("ns/a")).as("released once").isEmpty();
    }

    @Test
    void anOwnerThatComesBackToAKeyAnotherOwnerStillHoldsSharesItAgain() {
        owners.use("ns/a", "k1");
        owners.use("ns/b", "k1");
        owners.use("ns/a", "k2");

        assertThat(owners.use("ns/a", "k1")).as("k2 had only ns/a").contains("k2");
        assertThat(owners.release("ns/b")).as("ns/a is back on k1").isEmpty();
        assertThat(owners.release("ns/a")).contains("k1");
    }
}
