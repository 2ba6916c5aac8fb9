package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.simulator.support.Await;
import io.gioperator.simulator.support.Rest;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The control API over plain HTTP, as scripts and the demo use it. */
class ControlApiTest {
    static Simulator sim;
    static Rest control;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(2, 2).build());
        control = new Rest(sim.controlUrl(), null, null);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void infoAndCredentialsDescribeTheSimulator() {
        JsonNode info = control.get("/control/info").json();
        assertThat(info.get("vcenterUrl").asText()).isEqualTo(sim.vcenterUrl()).startsWith("https://127.0.0.1:")
                .endsWith("/sdk");
        assertThat(info.get("thumbprint").asText()).isEqualTo(sim.thumbprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(info.get("certificatePem").asText()).startsWith("-----BEGIN CERTIFICATE-----");
        JsonNode creds = control.get("/control/credentials").json();
        SoapClient soap = new SoapClient(sim);
        assertThat(soap.login(creds.get("username").asText(), creds.get("password").asText()).status())
                .isEqualTo(200);
        assertThat(creds.get("partnerToken").asText()).isEqualTo(sim.partnerToken());
    }

    @Test
    void theAuditShowsSessionsAndAgenciesButNoSecrets() {
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        String cookie = soap.cookie().replace("\"", "");
        Rest.Response audit = control.get("/control/audit");
        String raw = audit.json().toString();
        assertThat(audit.json().get("sessions")).isNotEmpty();
        assertThat(audit.json().get("agencies")).hasSize(2);
        assertThat(raw).doesNotContain(cookie).doesNotContain(sim.password()).doesNotContain(sim.partnerToken());
    }

    @Test
    void hostsCanBeAddedOperatedAndRemoved() {
        JsonNode added = control.post("/control/hosts", Map.of("cluster", "Cluster-02", "version", "7.0.3",
                "build", "21930508")).json();
        String id = added.get("id").asText();
        assertThat(id).startsWith("host-");
        JsonNode host = find(control.get("/control/audit").json().get("hosts"), "id", id);
        assertThat(host.get("name").asText()).isEqualTo("esx-02-03.lab.local");
        assertThat(host.get("version").asText()).isEqualTo("7.0.3");
        assertThat(control.post("/control/hosts/esx-02-03.lab.local/enter-maintenance", null).status())
                .isEqualTo(200);
        Await.until("in maintenance", () -> find(control.get("/control/audit").json().get("hosts"), "id", id)
                .get("inMaintenanceMode").asBoolean());
        control.post("/control/hosts/" + id + "/exit-maintenance", null);
        control.post("/control/hosts/" + id + "/reboot", null);
        Await.until("rebooted", () -> find(control.get("/control/audit").json().get("events"), "kind",
                "HostRebooted") != null);
        control.post("/control/hosts/" + id + "/disconnect", null);
        assertThat(find(control.get("/control/audit").json().get("hosts"), "id", id).get("connectionState")
                .asText()).isEqualTo("disconnected");
        assertThat(control.delete("/control/hosts/" + id).status()).isEqualTo(200);
        assertThat(find(control.get("/control/audit").json().get("hosts"), "id", id)).isNull();
    }

    @Test
    void vmFaultsAndApiFaultsThroughHttp() {
        String vm = find(control.get("/control/audit").json().get("vms"), "name", "app-01-01").get("id").asText();
        assertThat(control.post("/control/vms/" + vm + "/power-off", null).status()).isEqualTo(200);
        assertThat(find(control.get("/control/audit").json().get("vms"), "id", vm).get("powerState").asText())
                .isEqualTo("poweredOff");
        assertThat(control.post("/control/vms/" + vm + "/power-off", null).status()).as("already off")
                .isEqualTo(400);
        assertThat(control.post("/control/faults/method", Map.of("api", "vim", "method", "CurrentTime",
                "errorRate", 1.0, "error", "Timedout")).status()).isEqualTo(200);
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        assertThat(soap.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).faultType()).isEqualTo("Timedout");
        control.delete("/control/faults/method");
        assertThat(soap.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).status()).isEqualTo(200);
        assertThat(control.get("/control/counters").json().get("vim").get("CurrentTime").asInt()).isEqualTo(2);
        assertThat(control.post("/control/sessions/expire", Map.of()).json().get("expired").asInt()).isPositive();
        assertThat(soap.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).faultType()).isEqualTo("NotAuthenticated");
    }

    @Test
    void catalogueEntriesCanBeAddedAndMadeUnreachable() {
        assertThat(control.post("/control/catalogue", Map.of("url", "https://depot.gi.example/acme/sva-1.ovf",
                "kind", "ovf", "name", "sva", "version", "1.0")).status()).isEqualTo(200);
        assertThat(control.post("/control/catalogue/unreachable", Map.of("url",
                "https://depot.gi.example/acme/sva-1.ovf")).status()).isEqualTo(200);
        assertThat(control.post("/control/catalogue/unreachable", Map.of("url", "https://nowhere/x.ovf")).status())
                .isEqualTo(400);
        assertThat(control.post("/control/catalogue", Map.of("url", "x", "kind", "iso", "name", "a", "version",
                "1")).status()).isEqualTo(400);
    }

    @Test
    void unknownRoutesAndBadBodiesAreRejected() {
        assertThat(control.get("/control/nothing").status()).isEqualTo(404);
        assertThat(control.post("/control/hosts", "{oops").status()).isEqualTo(400);
        Rest.Response missing = control.post("/control/hosts", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("message").asText()).contains("cluster");
        assertThat(control.post("/control/hosts/nope/reboot", null).status()).isEqualTo(400);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        return null;
    }
}
