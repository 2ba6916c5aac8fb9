package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
    Simulator sim;
    SoapClient soap;
    VimApi vim;

    @BeforeEach
    void start() {
        sim = Simulator.start(SimulatorConfig.builder().build());
        soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private SoapClient.Response currentTime() {
        return soap.vim(Xml.el("CurrentTime").add(VimApi.SI.self()));
    }

    @Test
    void methodErrorsAreInjectedAsFaultsOrHttp503() {
        sim.control().methodFault("vim", "CurrentTime", 0, 1.0, "SystemError");
        assertThat(currentTime().faultType()).isEqualTo("SystemError");
        sim.control().methodFault("vim", "CurrentTime", 0, 1.0, "HTTP503");
        assertThat(currentTime().status()).isEqualTo(503);
        sim.control().methodFault("vim", "*", 0, 1.0, "NotAuthenticated");
        assertThat(soap.vim(Xml.el("RetrieveServiceContent").add(VimApi.SI.self())).faultType())
                .isEqualTo("NotAuthenticated");
        sim.control().clearMethodFaults();
        assertThat(currentTime().status()).isEqualTo(200);
    }

    @Test
    void errorRatesAreReproducibleUnderASeed() {
        sim.control().methodFault("vim", "CurrentTime", 0, 0.5, "SystemError");
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            first.append(currentTime().status() == 200 ? '.' : 'x');
        }
        assertThat(first.toString()).contains(".", "x");
        Simulator twin = Simulator.start(SimulatorConfig.builder().build());
        try {
            SoapClient other = new SoapClient(twin);
            other.login(twin.username(), twin.password());
            twin.control().methodFault("vim", "CurrentTime", 0, 0.5, "SystemError");
            StringBuilder second = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                second.append(other.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).status() == 200 ? '.' : 'x');
            }
            assertThat(second.toString()).isEqualTo(first.toString());
        } finally {
            twin.close();
        }
    }

    @Test
    void vcenterDownRefusesConnectionsUntilItIsUpAgain() throws Exception {
        Ref pc = Ref.of(vim.ok(Xml.el("CreatePropertyCollector").add(VimApi.PC.self())).child("returnval"));
        vim.ok(Xml.el("CreateFilter").add(pc.self(), Xml.el("spec").add(VimApi.propSpec("Folder", "name"),
                VimApi.objectSpec(new Ref("Folder", "group-d1"))), Xml.el("partialUpdates", false)));
        String v = vim.ok(Xml.el("WaitForUpdatesEx").add(pc.self(), Xml.el("options")))
                .textAt("returnval/version");
        CompletableFuture<SoapClient.Response> waiting = CompletableFuture.supplyAsync(() -> soap.vim(
                Xml.el("WaitForUpdatesEx").add(pc.self(), Xml.el("version", v), Xml.el("options"))));
        Thread.sleep(200);
        sim.control().vcenterDown();
        assertThat(sim.control().vcenterRunning()).isFalse();
        assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(java.io.IOException.class);
        assertThatThrownBy(this::currentTime).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(ConnectException.class);
        sim.control().vcenterUp();
        assertThat(currentTime().status()).as("the session survives a network outage").isEqualTo(200);
    }

    @Test
    void eamCanBeStillLoading() {
        EamApi eam = new EamApi(soap);
        sim.control().eamNotInitialized(2);
        for (int i = 0; i < 2; i++) {
            SoapClient.Response r = soap.eam(Xml.el("QueryAgency").add(EamApi.MANAGER.self()));
            assertThat(r.faultType()).isEqualTo("EamServiceNotInitialized");
            assertThat(r.faultString()).contains("still loading");
        }
        assertThat(eam.ok(Xml.el("QueryAgency").add(EamApi.MANAGER.self())).all("returnval")).isNotEmpty();
        sim.control().eamNotInitialized(null);
        assertThat(soap.eam(Xml.el("QueryAgency").add(EamApi.MANAGER.self())).faultType())
                .isEqualTo("EamServiceNotInitialized");
        sim.control().clearEamNotInitialized();
        assertThat(soap.eam(Xml.el("QueryAgency").add(EamApi.MANAGER.self())).status()).isEqualTo(200);
    }

    @Test
    void countersMeasureApiEconomy() {
        sim.counters().reset();
        for (int i = 0; i < 3; i++) {
            vim.serviceContent();
        }
        new EamApi(soap).ok(Xml.el("QueryAgency").add(EamApi.MANAGER.self()));
        soap.vim(Xml.el("Nonsense").add(VimApi.SI.self()));
        assertThat(sim.counters().get("vim", "RetrieveServiceContent")).isEqualTo(3);
        assertThat(sim.counters().get("eam", "QueryAgency")).isEqualTo(1);
        assertThat(sim.counters().get("vim", "(invalid request)")).isEqualTo(1);
        assertThat(sim.counters().snapshot()).containsKeys("vim", "eam", "partner");
    }
}
