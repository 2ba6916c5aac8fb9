package io.gioperator.vsphere.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.budget.VSphereMetrics;
import io.gioperator.vsphere.soap.InvalidLoginFault;
import io.gioperator.vsphere.soap.NotAuthenticatedFault;
import io.gioperator.vsphere.soap.VSphereTlsException;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.tls.TlsTrust;
import io.gioperator.vsphere.types.MoRef;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class VCenterSessionPoolTest {

    private static final String AGENCY_LIST = "<returnval type=\"Agency\">Agency:7d3a1c52-1f4e-4d1b-9f0a-1c2d3e4f5a6b</returnval>";

    @Test
    void logsInOnceWithRetrieveServiceContentThenLoginAndForwardsTheQuotedCookieToEam() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            vc.always("QueryAgency", Soap.eam("QueryAgency", AGENCY_LIST));

            List<MoRef> agencies = c.connection().eam().queryAgency();

            assertThat(agencies).containsExactly(MoRef.of("Agency", "Agency:7d3a1c52-1f4e-4d1b-9f0a-1c2d3e4f5a6b"));
            assertThat(vc.names()).containsExactly("RetrieveServiceContent", "Login", "QueryAgency");
            SoapCall login = vc.only("Login");
            assertThat(login.path()).isEqualTo("/sdk");
            assertThat(login.soapAction()).isEqualTo("\"urn:vim25/7.0.3.0\"");
            assertThat(login.namespace()).isEqualTo("urn:vim25");
            assertThat(login.thisType()).isEqualTo("SessionManager");
            assertThat(login.paramNames()).containsExactly("_this", "userName", "password");
            assertThat(login.text("userName")).isEqualTo(FakeVCenter.USER);
            assertThat(login.text("password")).isEqualTo(FakeVCenter.PASSWORD);
            assertThat(login.cookie()).as("Login continues the session vCenter opened").isEqualTo(
                    FakeVCenter.cookieOfSession(1));
            SoapCall query = vc.only("QueryAgency");
            assertThat(query.path()).isEqualTo("/eam/sdk");
            assertThat(query.soapAction()).isEqualTo("\"urn:eam/7.0\"");
            assertThat(query.cookie()).as("forwarded exactly as received, quotes included")
                    .isEqualTo("vmware_soap_session=\"52f0c8e1-7d2b-4a9b-0001-0123456789ab\"");
            assertThat(c.pool().liveSessions()).isEqualTo(1);
        }
    }

    @Test
    void concurrentCallersAtStartShareOneLogin() throws Exception {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            vc.always("QueryAgency", Soap.eam("QueryAgency", AGENCY_LIST));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<MoRef>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return c.pool().connect(TestClients.OWNER, vc.target()).eam().queryAgency();
                }));
            }
            go.countDown();
            for (Future<List<MoRef>> result : results) {
                assertThat(result.get()).hasSize(1);
            }
            pool.shutdown();
            assertThat(vc.calls("Login")).hasSize(1);
            assertThat(vc.calls("QueryAgency")).hasSize(8)
                    .allSatisfy(call -> assertThat(call.cookie()).isEqualTo(FakeVCenter.cookieOfSession(1)));
        }
    }

    @Test
    void sessionExpiredMidRunMeansOneReloginThenTheCallSucceeds() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            vc.always("QueryAgency", Soap.eam("QueryAgency", AGENCY_LIST));
            c.connection().eam().queryAgency();
            vc.enqueue("QueryAgency", Soap.fault("EamInvalidLogin", "urn:vim25",
                    "The user cannot be authenticated.", ""));
            vc.enqueue("CurrentTime", Soap.notAuthenticated());

            c.connection().eam().queryAgency();
            c.connection().vim().currentTime();

            assertThat(vc.names()).containsExactly("RetrieveServiceContent", "Login", "QueryAgency",
                    "QueryAgency", "RetrieveServiceContent", "Login", "QueryAgency",
                    "CurrentTime", "RetrieveServiceContent", "Login", "CurrentTime");
            List<SoapCall> queries = vc.calls("QueryAgency");
            assertThat(queries.get(2).cookie()).isEqualTo(FakeVCenter.cookieOfSession(2));
            assertThat(vc.calls("RetrieveServiceContent").get(1).cookie()).as("a fresh session is asked for").isNull();
            assertThat(vc.calls("CurrentTime").get(1).cookie()).isEqualTo(FakeVCenter.cookieOfSession(3));
        }
    }

    @Test
    void aSessionThatStaysRejectedFailsAfterOneRelogin() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            vc.always("CurrentTime", Soap.notAuthenticated());
            assertThatThrownBy(() -> c.connection().vim().currentTime()).isInstanceOf(NotAuthenticatedFault.class);
            assertThat(vc.calls("Login")).hasSize(2);
            assertThat(vc.calls("CurrentTime")).hasSize(2);
        }
    }

    @Test
    void wrongCredentialsAreNotRetried() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            vc.always("Login", Soap.vimFault("InvalidLogin",
                    "Cannot complete login due to an incorrect user name or password.", ""));
            assertThatThrownBy(() -> c.connection().eam().queryAgency()).isInstanceOf(InvalidLoginFault.class)
                    .hasMessageNotContaining(FakeVCenter.PASSWORD);
            assertThat(vc.calls("Login")).hasSize(1);
            assertThat(vc.calls("QueryAgency")).isEmpty();
            assertThat(c.pool().liveSessions()).isZero();
        }
    }

    @Test
    void keepAliveSendsCurrentTimeWhenIdle() throws Exception {
        try (FakeVCenter vc = new FakeVCenter();
             var c = TestClients.connect(vc, TestClients.fastConfig().withKeepAlive(Duration.ofMillis(100)))) {
            c.connection().serviceContent();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (vc.calls("CurrentTime").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(vc.calls("CurrentTime")).isNotEmpty()
                    .allSatisfy(call -> assertThat(call.cookie()).isEqualTo(FakeVCenter.cookieOfSession(1)));
            assertThat(vc.calls("Login")).hasSize(1);
        }
    }

    @Test
    void rotatedPasswordLogsTheOldSessionOutAndClosesItsConnection() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            VCenterConnection old = c.connection();
            old.vim().currentTime();
            VCenterTarget rotated = new VCenterTarget(vc.url(), FakeVCenter.USER, "n3w-secret", vc.target().trust());

            VCenterConnection fresh = c.pool().connect(TestClients.OWNER, rotated);
            fresh.vim().currentTime();

            SoapCall logout = vc.only("Logout");
            assertThat(logout.cookie()).isEqualTo(FakeVCenter.cookieOfSession(1));
            assertThat(logout.thisValue()).isEqualTo("SessionManager");
            assertThat(vc.calls("Login").get(1).text("password")).isEqualTo("n3w-secret");
            assertThat(old.isOpen()).isFalse();
            assertThatThrownBy(() -> old.vim().currentTime()).isInstanceOf(SessionClosedException.class);
            assertThat(c.pool().liveSessions()).isEqualTo(1);
        }
    }

    @Test
    void aCallInFlightWhenTheCredentialsRotateSaysItsSessionWasReplacedNotThatTheLoginIsWrong() throws Exception {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            VCenterConnection old = c.connection();
            old.vim().currentTime();
            CountDownLatch inFlight = new CountDownLatch(1);
            CountDownLatch loggedOut = new CountDownLatch(1);
            vc.enqueue("CurrentTime", call -> {
                inFlight.countDown();
                await(loggedOut);
                return Soap.notAuthenticated(); // what vCenter answers once Logout ended the session
            });
            ExecutorService caller = Executors.newSingleThreadExecutor();
            try {
                Future<?> pending = caller.submit(() -> old.vim().currentTime());
                assertThat(inFlight.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

                c.pool().connect(TestClients.OWNER,
                        new VCenterTarget(vc.url(), FakeVCenter.USER, "n3w-secret", vc.target().trust()));
                loggedOut.countDown();

                assertThatThrownBy(pending::get).cause().isInstanceOf(SessionReplacedException.class)
                        .hasMessageContaining("replaced").hasMessageNotContaining("n3w-secret");
            } finally {
                loggedOut.countDown();
                caller.shutdownNow();
            }
            assertThat(vc.calls("Login")).as("no re-login on a session we closed ourselves").hasSize(1);
            assertThatThrownBy(() -> old.vim().currentTime()).isInstanceOf(SessionReplacedException.class);
        }
    }

    @Test
    void aDisconnectedSessionIsClosedNotReplaced() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            c.connection().vim().currentTime();
            c.pool().disconnect(TestClients.OWNER);
            assertThatThrownBy(() -> c.connection().vim().currentTime()).isInstanceOf(SessionClosedException.class)
                    .isNotInstanceOf(SessionReplacedException.class);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void changedTrustReplacesTheSessionSoTheNewTrustIsCheckedAtOnce() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            VCenterConnection old = c.connection();
            old.vim().currentTime();
            VCenterTarget wrongPin = vc.target(TlsTrust.pinned(
                    "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"));

            VCenterConnection fresh = c.pool().connect(TestClients.OWNER, wrongPin);

            assertThat(old.isOpen()).isFalse();
            assertThatThrownBy(() -> fresh.vim().currentTime()).isInstanceOf(VSphereTlsException.class);
            assertThat(vc.calls("Login")).hasSize(1);
        }
    }

    @Test
    void sameCredentialsShareTheSessionAndCloseLogsOut() {
        try (FakeVCenter vc = new FakeVCenter()) {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            VCenterSessionPool pool = new VCenterSessionPool(TestClients.fastConfig(), registry);
            pool.connect(TestClients.OWNER, vc.target()).vim().currentTime();
            pool.connect(TestClients.OWNER, vc.target()).vim().currentTime();
            assertThat(registry.get(VSphereMetrics.LIVE_SESSIONS).gauge().value()).isEqualTo(1.0);

            pool.close();

            assertThat(vc.calls("Login")).hasSize(1);
            assertThat(vc.calls("Logout")).hasSize(1);
            assertThat(registry.get(VSphereMetrics.LIVE_SESSIONS).gauge().value()).isZero();
            assertThatThrownBy(() -> pool.connect(TestClients.OWNER, vc.target()))
                    .isInstanceOf(SessionClosedException.class);
        }
    }

    @Test
    void disconnectLogsTheOwnersSessionOutAndAnotherConnectLogsInAgain() {
        try (FakeVCenter vc = new FakeVCenter(); var c = TestClients.connect(vc)) {
            c.connection().vim().currentTime();
            c.pool().disconnect(TestClients.OWNER);
            assertThat(vc.calls("Logout")).hasSize(1);
            assertThat(c.connection().isOpen()).isFalse();
            assertThat(c.pool().liveSessions()).isZero();
            c.pool().connect(TestClients.OWNER, vc.target()).vim().currentTime();
            assertThat(vc.calls("Login")).hasSize(2);
        }
        assertThat(VCenterTarget.normalize(java.net.URI.create("https://VC01.lab:443/sdk")))
                .hasToString("https://vc01.lab");
    }

    @Test
    void targetNeverPrintsThePasswordAndRefusesPlainHttp() {
        try (FakeVCenter vc = new FakeVCenter()) {
            assertThat(vc.target().toString()).doesNotContain(FakeVCenter.PASSWORD);
            assertThat(vc.target().sessionKey().toString()).doesNotContain(FakeVCenter.PASSWORD);
        }
        assertThatThrownBy(() -> new VCenterTarget(java.net.URI.create("http://vc"), "u", "p",
                io.gioperator.vsphere.tls.TlsTrust.systemDefault())).isInstanceOf(IllegalArgumentException.class);
    }
}
