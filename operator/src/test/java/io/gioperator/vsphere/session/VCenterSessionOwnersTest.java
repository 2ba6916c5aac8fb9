package io.gioperator.vsphere.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.budget.VSphereMetrics;
import io.gioperator.vsphere.soap.InvalidLoginFault;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.testing.TestTls;
import io.gioperator.vsphere.testing.VimFixtures;
import io.gioperator.vsphere.tls.TlsTrust;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several VCenter resources (owners) for the same vCenter and user: each owner's changes replace only the sessions
 * that owner opened; owners with identical keys share one session; owners with different keys each keep theirs.
 */
class VCenterSessionOwnersTest {

    private static final String A = "team-a/vc";
    private static final String B = "team-b/vc";
    private static final String ROTATED = "n3w-secret";

    private final FakeVCenter vc = new FakeVCenter();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final VCenterSessionPool pool = new VCenterSessionPool(TestClients.fastConfig(), registry);

    @AfterEach
    void close() {
        pool.close();
        vc.close();
    }

    private VCenterTarget pinned() {
        return vc.target(TlsTrust.pinned(TestTls.LOCALHOST.serverThumbprint()));
    }

    private VCenterTarget withPassword(String password) {
        return new VCenterTarget(vc.url(), FakeVCenter.USER, password, vc.target().trust());
    }

    private double liveGauge() {
        return registry.get(VSphereMetrics.LIVE_SESSIONS).gauge().value();
    }

    @Test
    void twoOwnersWithDifferentTrustForTheSameUserEachKeepTheirSessionAcrossAlternatingCalls() {
        for (int round = 0; round < 3; round++) {
            pool.connect(A, vc.target()).vim().currentTime();  // CA bundle
            pool.connect(B, pinned()).vim().currentTime();      // thumbprint of the same certificate
        }

        assertThat(vc.calls("Login")).as("one login per owner, not per call").hasSize(2);
        assertThat(vc.calls("Logout")).isEmpty();
        assertThat(vc.calls("CurrentTime")).extracting(SoapCall::cookie).containsExactly(
                FakeVCenter.cookieOfSession(1), FakeVCenter.cookieOfSession(2),
                FakeVCenter.cookieOfSession(1), FakeVCenter.cookieOfSession(2),
                FakeVCenter.cookieOfSession(1), FakeVCenter.cookieOfSession(2));
        assertThat(pool.connect(A, vc.target()).isOpen()).isTrue();
        assertThat(pool.connect(B, pinned()).isOpen()).isTrue();
        assertThat(pool.liveSessions()).isEqualTo(2);
        assertThat(liveGauge()).isEqualTo(2.0);
    }

    @Test
    void anOwnerWithAStalePasswordDoesNotLogTheOtherOwnerOut() {
        vc.always("Login", call -> FakeVCenter.PASSWORD.equals(call.text("password"))
                ? Soap.vim("Login", VimFixtures.USER_SESSION)
                : Soap.vimFault("InvalidLogin", "Cannot complete login due to an incorrect user name or password.",
                        ""));
        VCenterTarget stale = withPassword("old-secret");

        for (int round = 0; round < 3; round++) {
            pool.connect(A, vc.target()).vim().currentTime();
            assertThatThrownBy(() -> pool.connect(B, stale).vim().currentTime())
                    .isInstanceOf(InvalidLoginFault.class);
        }

        assertThat(vc.calls("Login")).filteredOn(call -> FakeVCenter.PASSWORD.equals(call.text("password")))
                .as("the good session logged in once").hasSize(1);
        assertThat(vc.calls("Logout")).isEmpty();
        assertThat(vc.calls("CurrentTime")).extracting(SoapCall::cookie)
                .containsOnly(FakeVCenter.cookieOfSession(1)).hasSize(3);
        assertThat(pool.liveSessions()).isEqualTo(1);
    }

    @Test
    void anOwnerRotatingItsPasswordReplacesItsOwnOldSessionOnly() {
        VCenterConnection oldA = pool.connect(A, vc.target());
        oldA.vim().currentTime();
        VCenterConnection b = pool.connect(B, pinned());
        b.vim().currentTime();

        pool.connect(A, withPassword(ROTATED)).vim().currentTime();
        b.vim().currentTime();

        assertThat(vc.only("Logout").cookie()).as("A's old session").isEqualTo(FakeVCenter.cookieOfSession(1));
        assertThatThrownBy(() -> oldA.vim().currentTime()).isInstanceOf(SessionReplacedException.class);
        assertThat(b.isOpen()).isTrue();
        assertThat(vc.calls("Login")).extracting(call -> call.text("password"))
                .containsExactly(FakeVCenter.PASSWORD, FakeVCenter.PASSWORD, ROTATED);
        assertThat(vc.calls("CurrentTime")).last().extracting(SoapCall::cookie)
                .isEqualTo(FakeVCenter.cookieOfSession(2));
        assertThat(liveGauge()).isEqualTo(2.0);
    }

    @Test
    void aSharedSessionOutlivesTheRotationOfOneOfItsOwners() {
        VCenterConnection shared = pool.connect(A, vc.target());
        assertThat(pool.connect(B, vc.target())).as("identical keys share one connection").isSameAs(shared);
        shared.vim().currentTime();

        pool.connect(A, withPassword(ROTATED)).vim().currentTime();
        pool.connect(B, vc.target()).vim().currentTime();

        assertThat(vc.calls("Logout")).as("B still uses the first session").isEmpty();
        assertThat(shared.isOpen()).isTrue();
        assertThat(vc.calls("Login")).hasSize(2);
        assertThat(vc.calls("CurrentTime")).last().extracting(SoapCall::cookie)
                .isEqualTo(FakeVCenter.cookieOfSession(1));

        pool.connect(B, withPassword(ROTATED)).vim().currentTime();

        assertThat(vc.only("Logout").cookie()).as("its last owner moved on").isEqualTo(
                FakeVCenter.cookieOfSession(1));
        assertThat(pool.liveSessions()).isEqualTo(1);
        assertThat(vc.calls("Login")).as("B joins A's rotated session").hasSize(2);
    }

    @Test
    void deletingOneOwnerKeepsTheSessionAnotherOwnerStillUses() {
        VCenterConnection shared = pool.connect(A, vc.target());
        pool.connect(B, vc.target()).vim().currentTime();

        pool.disconnect(A);

        assertThat(vc.calls("Logout")).isEmpty();
        assertThat(shared.isOpen()).isTrue();
        pool.connect(B, vc.target()).vim().currentTime();
        assertThat(vc.calls("Login")).hasSize(1);
        assertThat(liveGauge()).isEqualTo(1.0);

        pool.disconnect(B);

        assertThat(vc.only("Logout").cookie()).isEqualTo(FakeVCenter.cookieOfSession(1));
        assertThatThrownBy(() -> shared.vim().currentTime()).isInstanceOf(SessionClosedException.class)
                .isNotInstanceOf(SessionReplacedException.class);
        assertThat(liveGauge()).isZero();
    }

    @Test
    void deletingOneOwnerLogsOutItsOwnSessionNotTheOtherOwnersForTheSameUser() {
        VCenterConnection a = pool.connect(A, vc.target());
        a.vim().currentTime();
        VCenterConnection b = pool.connect(B, pinned());
        b.vim().currentTime();

        pool.disconnect(A);

        assertThat(vc.only("Logout").cookie()).isEqualTo(FakeVCenter.cookieOfSession(1));
        assertThat(a.isOpen()).isFalse();
        b.vim().currentTime();
        assertThat(vc.calls("Login")).hasSize(2);
        assertThat(liveGauge()).isEqualTo(1.0);
    }

    @Test
    void anOwnerMovedToAnotherVCenterLogsOutOfTheOldOne() {
        try (FakeVCenter other = new FakeVCenter()) {
            VCenterConnection old = pool.connect(A, vc.target());
            old.vim().currentTime();

            pool.connect(A, other.target()).vim().currentTime();

            assertThat(vc.only("Logout").cookie()).isEqualTo(FakeVCenter.cookieOfSession(1));
            assertThat(old.isOpen()).isFalse();
            assertThat(pool.liveSessions()).isEqualTo(1);
        }
    }

    @Test
    void anOwnerIsRequired() {
        assertThatThrownBy(() -> pool.connect(" ", vc.target())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pool.disconnect(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
