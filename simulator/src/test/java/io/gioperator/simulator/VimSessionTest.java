package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.support.Await;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VimSessionTest {
    static Simulator sim;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder()
                .timings(Timings.fast().withSessionIdleTimeout(Duration.ofMillis(1500))).build());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void serviceContentIsServedAnonymouslyAndDescribesVcenter() {
        VimApi vim = new VimApi(new SoapClient(sim));
        XmlNode sc = vim.serviceContent();
        assertThat(sc.textAt("rootFolder")).isEqualTo("group-d1");
        assertThat(sc.at("rootFolder").attrs.get("type")).isEqualTo("Folder");
        assertThat(sc.textAt("propertyCollector")).isEqualTo("propertyCollector");
        assertThat(sc.textAt("about/version")).isEqualTo("8.0.2");
        assertThat(sc.textAt("about/build")).isEqualTo("22385739");
        assertThat(sc.textAt("about/apiVersion")).isEqualTo("8.0.2.0");
        assertThat(sc.textAt("about/apiType")).isEqualTo("VirtualCenter");
        assertThat(sc.childNames()).containsSubsequence("rootFolder", "propertyCollector", "viewManager", "about",
                "sessionManager", "searchIndex");
    }

    @Test
    void loginSetsTheQuotedSessionCookieAndUnlocksCalls() {
        SoapClient soap = new SoapClient(sim);
        VimApi vim = new VimApi(soap);
        SoapClient.Response anonymous = soap.vim(Xml.el("CurrentTime").add(VimApi.SI.self()));
        assertThat(anonymous.faultType()).isEqualTo("NotAuthenticated");
        assertThat(anonymous.faultDetail().name).isEqualTo("NotAuthenticatedFault");

        SoapClient.Response login = soap.login(sim.username(), sim.password());
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.payload().textAt("returnval/userName")).isEqualTo(sim.username());
        assertThat(soap.cookie()).startsWith("\"").endsWith("\"");
        assertThat(vim.ok(Xml.el("CurrentTime").add(VimApi.SI.self())).textAt("returnval")).isNotBlank();
        XmlNode session = vim.props(new io.gioperator.simulator.support.Ref("SessionManager", "SessionManager"),
                "currentSession").get("currentSession");
        assertThat(session.xsiType()).isEqualTo("UserSession");
        assertThat(session.textAt("userName")).isEqualTo(sim.username());

        vim.ok(Xml.el("Logout").add(Xml.ref("_this", "SessionManager", "SessionManager")));
        assertThat(soap.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).faultType()).isEqualTo("NotAuthenticated");
    }

    @Test
    void wrongPasswordIsInvalidLogin() {
        SoapClient soap = new SoapClient(sim);
        SoapClient.Response r = soap.login(sim.username(), "wrong");
        assertThat(r.faultType()).isEqualTo("InvalidLogin");
        assertThat(soap.cookie()).isNull();
    }

    @Test
    void idleSessionsExpire() {
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        Await.sleep(2000);
        assertThat(soap.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).faultType())
                .isEqualTo("NotAuthenticated");
    }

    @Test
    void sessionsCanBeExpiredByFaultInjection() {
        SoapClient a = new SoapClient(sim);
        a.login(sim.username(), sim.password());
        assertThat(sim.audit().sessions()).isNotEmpty();
        assertThat(sim.control().expireSessions(sim.username())).isPositive();
        assertThat(a.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).faultType()).isEqualTo("NotAuthenticated");
        assertThat(sim.audit().sessions()).extracting(s -> s.user()).doesNotContain(sim.username());
    }
}
