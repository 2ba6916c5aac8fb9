package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.support.Await;
import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.Rest;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartnerApiTest {
    static Simulator sim;
    static Rest partner;
    static Audit.VmEntry sva;
    static Audit.VmEntry sva2;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(1, 3).timings(Timings.fast().withHeartbeat(
                Duration.ofMillis(50), Duration.ofMillis(600), Duration.ofMillis(1500))).build());
        partner = new Rest(sim.partnerUrl(), sim.certificate(), sim.partnerToken());
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        VimApi vim = new VimApi(soap);
        EamApi eam = new EamApi(soap);
        Ref agency = eam.create(EamApi.config("agencyConfigInfo", "gi", EamApi.Placement.of(vim, "Cluster-01",
                "vsanDatastore-01"), EamApi.DSVA, EamApi.MUX_703, true));
        eam.awaitStatus(agency, "green");
        List<Audit.VmEntry> vms = sim.audit().vmsOwnedBy(agency.value());
        sva = vms.get(0);
        sva2 = vms.get(1);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    static Map<String, Object> body(Audit.VmEntry vm) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clusterId", "domain-c10");
        m.put("clusterName", vm.cluster());
        m.put("hostId", sim.control().hostId(vm.host()));
        m.put("hostName", vm.host());
        m.put("vmId", vm.id());
        m.put("vmName", vm.name());
        m.put("ipAddress", vm.ipAddress());
        m.put("svaVersion", "20.0.1");
        m.put("muxVersion", "7.0.3");
        return m;
    }

    @Test
    void aboutNeedsTheBearerToken() {
        JsonNode about = partner.get("/api/v1/about").json();
        assertThat(about.get("vendor").asText()).isEqualTo("Trend Micro");
        assertThat(about.get("epsecLibraryVersion").asText()).isEqualTo("6.5.2");
        assertThat(about.get("apiVersion").asText()).isEqualTo("v1");
        Rest wrong = new Rest(sim.partnerUrl(), sim.certificate(), "nope");
        Rest.Response r = wrong.get("/api/v1/about");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("Unauthorized");
        assertThat(new Rest(sim.partnerUrl(), sim.certificate(), null).get("/api/v1/svas").status()).isEqualTo(401);
    }

    @Test
    void registrationIsIdempotentAndReplacedPerHost() {
        Rest.Response created = partner.post("/api/v1/svas", body(sva));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(id).startsWith("reg-");
        assertThat(created.json().get("epsecLibraryVersion").asText()).isEqualTo("6.5.2");
        Rest.Response again = partner.post("/api/v1/svas", body(sva));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asText()).isEqualTo(id);
        assertThat(partner.get("/api/v1/svas/" + id).json().get("vmId").asText()).isEqualTo(sva.id());

        Map<String, Object> other = body(sva);
        other.put("vmId", "vm-999999");
        Rest.Response replaced = partner.post("/api/v1/svas", other);
        assertThat(replaced.status()).isEqualTo(201);
        assertThat(partner.get("/api/v1/svas/" + id).status()).isEqualTo(404);
        String newId = replaced.json().get("id").asText();
        assertThat(partner.get("/api/v1/svas?clusterId=domain-c10").json().get("items"))
                .extracting(n -> n.get("id").asText()).contains(newId);
        assertThat(partner.get("/api/v1/svas?clusterId=domain-c999").json().get("items")).isEmpty();
        assertThat(partner.delete("/api/v1/svas/" + newId).status()).isEqualTo(204);
        Rest.Response gone = partner.delete("/api/v1/svas/" + newId);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("error").asText()).isEqualTo("NotFound");
    }

    @Test
    void invalidRegistrationsNameTheMissingField() {
        Map<String, Object> b = body(sva);
        b.remove("muxVersion");
        Rest.Response r = partner.post("/api/v1/svas", b);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("InvalidRegistration");
        assertThat(r.json().get("message").asText()).contains("muxVersion");
        assertThat(partner.post("/api/v1/svas", "{not json").status()).isEqualTo(400);
    }

    @Test
    void serviceStatusFollowsTheSvaHeartbeat() {
        String id = partner.post("/api/v1/svas", body(sva2)).json().get("id").asText();
        JsonNode up = Await.value("UP", () -> partner.get("/api/v1/svas/" + id).json(),
                j -> j.get("serviceStatus").asText().equals("UP"));
        assertThat(up.get("lastHeartbeat").isNull()).isFalse();
        sim.control().cutHeartbeat(sva2.id(), true);
        Await.value("WARNING", () -> partner.get("/api/v1/svas/" + id).json(),
                j -> j.get("serviceStatus").asText().equals("WARNING"));
        JsonNode down = Await.value("DOWN", () -> partner.get("/api/v1/svas/" + id).json(),
                j -> j.get("serviceStatus").asText().equals("DOWN"));
        assertThat(down.get("message").asText()).contains("USVM Heartbeat status error");
        sim.control().cutHeartbeat(sva2.id(), false);
        Await.value("UP again", () -> partner.get("/api/v1/svas/" + id).json(),
                j -> j.get("serviceStatus").asText().equals("UP"));
        sim.control().scannerFailed(sva2.id(), true);
        assertThat(partner.get("/api/v1/svas/" + id).json().get("serviceStatus").asText()).isEqualTo("DOWN");
        sim.control().scannerFailed(sva2.id(), false);
        sim.control().powerOffVm(sva2.id());
        Await.value("DOWN after power-off", () -> partner.get("/api/v1/svas/" + id).json(),
                j -> j.get("serviceStatus").asText().equals("DOWN"));
        assertThat(sim.audit().partnerRegistrations()).anyMatch(m -> id.equals(m.get("id")));
    }

    @Test
    void aRegistrationForAVmThatNeverHeartbeatsStaysUnknownThenDown() {
        Map<String, Object> b = body(sva);
        b.put("hostId", "host-nowhere");
        b.put("vmId", "vm-nowhere");
        String id = partner.post("/api/v1/svas", b).json().get("id").asText();
        assertThat(partner.get("/api/v1/svas/" + id).json().get("serviceStatus").asText()).isEqualTo("UNKNOWN");
        Await.value("DOWN", () -> partner.get("/api/v1/svas/" + id).json(),
                j -> j.get("serviceStatus").asText().equals("DOWN"));
        partner.delete("/api/v1/svas/" + id);
    }

    @Test
    void theManagerCanBeDown() {
        sim.control().partnerDown(true);
        try {
            Rest.Response r = partner.get("/api/v1/about");
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().get("error").asText()).isEqualTo("ServiceUnavailable");
        } finally {
            sim.control().partnerDown(false);
        }
        assertThat(partner.get("/api/v1/about").status()).isEqualTo(200);
        assertThat(partner.get("/api/v1/nothing").status()).isEqualTo(404);
        assertThat(partner.send("PUT", "/api/v1/svas", Map.of()).status()).isEqualTo(405);
    }
}
