package io.gioperator.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gioperator.vsphere.testing.TestTls;
import io.gioperator.vsphere.tls.TlsTrust;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartnerClientTest {

    private static final String TOKEN = "tok-9f8e7d6c5b4a";
    private static final String REGISTRATION = """
            {"id":"reg-3c1f9a2e-8d4b-4f6a-9e1d-2b3c4d5e6f70","clusterId":"domain-c8","clusterName":"cl-01",
             "hostId":"host-12","hostName":"esx-01.lab","vmId":"vm-101","vmName":"GI-SVA (1)","ipAddress":"10.0.0.5",
             "svaVersion":"20.0.1","muxVersion":"7.0.3","registeredAt":"2024-05-02T09:45:00Z","serviceStatus":"%s",
             "lastHeartbeat":%s,"epsecLibraryVersion":"6.5.2","message":"%s","futureField":{"x":1}}""";
    private final ObjectMapper json = new ObjectMapper();
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.useHttps(TestTls.LOCALHOST.serverSocketFactory());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PartnerClient client() {
        return client(TestTls.LOCALHOST.caTrust());
    }

    private PartnerClient client(TlsTrust trust) {
        return client(trust, Duration.ofSeconds(2));
    }

    private PartnerClient client(TlsTrust trust, Duration requestTimeout) {
        return new PartnerClient(PartnerClientConfig.of(URI.create("https://localhost:" + server.getPort() + "/"),
                TOKEN, trust).withTimeouts(Duration.ofSeconds(2), requestTimeout));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static String registration(String status, String heartbeat, String message) {
        return REGISTRATION.formatted(status, heartbeat, message);
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest(2, TimeUnit.SECONDS);
    }

    @Test
    void aboutSendsTheBearerToken() throws Exception {
        server.enqueue(json(200, "{\"vendor\":\"Trend Micro\",\"product\":\"Deep Security\",\"productVersion\":\"20.0.1\","
                + "\"epsecLibraryVersion\":\"6.5.2\",\"apiVersion\":\"v1\"}"));
        PartnerAbout about = client().about();
        assertThat(about).isEqualTo(new PartnerAbout("Trend Micro", "Deep Security", "20.0.1", "6.5.2", "v1"));
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/v1/about");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    }

    @Test
    void registersAndTellsCreatedFromExisting() throws Exception {
        server.enqueue(json(201, registration("UNKNOWN", "null", "waiting for the first heartbeat")));
        server.enqueue(json(200, registration("UP", "\"2024-05-02T09:46:00.250+02:00\"", "")));
        SvaRegistrationRequest request = new SvaRegistrationRequest("domain-c8", "cl-01", "host-12", "esx-01.lab",
                "vm-101", "GI-SVA (1)", "10.0.0.5", "20.0.1", "7.0.3");

        RegistrationResult created = client().register(request);
        RegistrationResult existing = client().register(request);

        assertThat(created.created()).isTrue();
        assertThat(created.registration().serviceStatus()).isEqualTo(ServiceStatus.UNKNOWN);
        assertThat(created.registration().lastHeartbeat()).isNull();
        assertThat(created.registration().registeredAt()).isEqualTo(Instant.parse("2024-05-02T09:45:00Z"));
        assertThat(existing.created()).isFalse();
        assertThat(existing.registration().lastHeartbeat()).isEqualTo(Instant.parse("2024-05-02T07:46:00.250Z"));
        RecordedRequest sent = taken();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/api/v1/svas");
        assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
        JsonNode body = json.readTree(sent.getBody().utf8());
        assertThat(body.get("hostId").asText()).isEqualTo("host-12");
        assertThat(body.get("vmName").asText()).isEqualTo("GI-SVA (1)");
        assertThat(body.get("muxVersion").asText()).isEqualTo("7.0.3");
        assertThat(body.size()).isEqualTo(9);
    }

    @Test
    void anInvalidRegistrationIsAGenericErrorWithTheManagersCode() {
        server.enqueue(json(400, "{\"error\":\"InvalidRegistration\",\"message\":\"ipAddress is required\"}"));
        assertThatThrownBy(() -> client().register(new SvaRegistrationRequest("domain-c8", "cl-01", "host-12",
                "esx-01.lab", "vm-101", "GI-SVA (1)", null, "20.0.1", "7.0.3")))
                .isExactlyInstanceOf(PartnerException.class).satisfies(e -> {
                    PartnerException p = (PartnerException) e;
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.errorCode()).isEqualTo("InvalidRegistration");
                    assertThat(p.getMessage()).contains("ipAddress is required");
                    assertThat(p.isTransient()).isFalse();
                });
    }

    @Test
    void listsByClusterAndReadsUnknownStatusesAsUnknown() throws Exception {
        server.enqueue(json(200, "{\"items\":[" + registration("DEGRADED_NEW", "null", "") + "]}"));
        server.enqueue(json(200, "{\"items\":[]}"));
        assertThat(client().list("domain c8")).singleElement()
                .extracting(SvaRegistration::serviceStatus).isEqualTo(ServiceStatus.UNKNOWN);
        assertThat(client().list(null)).isEmpty();
        assertThat(taken().getTarget()).isEqualTo("/api/v1/svas?clusterId=domain+c8");
        assertThat(taken().getTarget()).isEqualTo("/api/v1/svas");
    }

    @Test
    void getFindAndDeleteHandleNotFound() throws Exception {
        server.enqueue(json(200, registration("DOWN", "\"2024-05-02T09:46:00Z\"", "scanner failed")));
        server.enqueue(json(404, "{\"error\":\"NotFound\",\"message\":\"no registration reg-x\"}"));
        server.enqueue(json(404, "{\"error\":\"NotFound\",\"message\":\"no registration reg-x\"}"));
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(json(404, "{\"error\":\"NotFound\",\"message\":\"no registration reg-x\"}"));

        SvaRegistration down = client().get("reg-3c1f");
        assertThat(down.serviceStatus()).isEqualTo(ServiceStatus.DOWN);
        assertThat(down.message()).isEqualTo("scanner failed");
        assertThatThrownBy(() -> client().get("reg-x")).isInstanceOf(PartnerNotFoundException.class);
        assertThat(client().find("reg-x")).isEmpty();
        assertThat(client().delete("reg-3c1f")).isTrue();
        assertThat(client().delete("reg-x")).isFalse();
        assertThat(taken().getTarget()).isEqualTo("/api/v1/svas/reg-3c1f");
        taken();
        taken();
        RecordedRequest delete = taken();
        assertThat(delete.getMethod()).isEqualTo("DELETE");
        assertThat(delete.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void aTokenThatCannotBeAHeaderIsNamedWithoutShowingIt() {
        String token = "s3cret-first-line\nsecond-line";
        PartnerClient client = new PartnerClient(PartnerClientConfig.of(
                URI.create("https://localhost:" + server.getPort() + "/"), token, TestTls.LOCALHOST.caTrust()));
        assertThatThrownBy(client::about).isInstanceOfSatisfying(PartnerException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(PartnerClient.INVALID_TOKEN);
            assertThat(e).hasMessageContaining("token Secret").hasNoCause()
                    .hasMessageNotContaining("s3cret-first-line").hasMessageNotContaining("second-line");
        });
        assertThat(server.getRequestCount()).as("nothing was sent").isZero();
    }

    @Test
    void unauthorizedNeverShowsTheToken() {
        server.enqueue(json(401, "{\"error\":\"Unauthorized\",\"message\":\"bad token\"}"));
        assertThatThrownBy(() -> client().about()).isInstanceOf(PartnerUnauthorizedException.class)
                .hasMessageNotContaining(TOKEN);
        assertThat(PartnerClientConfig.of(URI.create("https://m.lab"), TOKEN, TlsTrust.systemDefault()).toString())
                .doesNotContain(TOKEN);
    }

    @Test
    void unavailableSlowAndMalformedAnswers() {
        server.enqueue(new MockResponse.Builder().code(503).body("<html>down</html>").build());
        server.enqueue(json(200, "{\"vendor\":\"x\"}").newBuilder().headersDelay(1500, TimeUnit.MILLISECONDS).build());
        server.enqueue(json(200, "{not json"));
        assertThatThrownBy(() -> client().about()).isInstanceOfSatisfying(PartnerUnavailableException.class,
                e -> assertThat(e.isTransient()).isTrue());
        assertThatThrownBy(() -> client(TestTls.LOCALHOST.caTrust(), Duration.ofMillis(400)).about())
                .as("slow server").isInstanceOf(PartnerUnavailableException.class);
        assertThatThrownBy(() -> client().about()).isExactlyInstanceOf(PartnerException.class)
                .extracting(e -> ((PartnerException) e).errorCode()).isEqualTo("MalformedResponse");
    }

    @Test
    void everyCallIsObservedWithItsOperationAndABoundedOutcome() {
        List<String> calls = new CopyOnWriteArrayList<>();
        List<Duration> durations = new CopyOnWriteArrayList<>();
        PartnerClient client = new PartnerClient(PartnerClientConfig.of(
                URI.create("https://localhost:" + server.getPort() + "/"), TOKEN, TestTls.LOCALHOST.caTrust()),
                (operation, outcome, elapsed) -> {
                    calls.add(operation + " " + outcome);
                    durations.add(elapsed);
                });
        server.enqueue(json(200, "{\"items\":[]}"));
        server.enqueue(json(404, "{\"error\":\"NotFound\",\"message\":\"no registration reg-x\"}"));
        server.enqueue(json(404, "{\"error\":\"NotFound\",\"message\":\"no registration reg-x\"}"));
        server.enqueue(json(401, "{\"error\":\"Unauthorized\",\"message\":\"bad token\"}"));
        server.enqueue(new MockResponse.Builder().code(503).body("<html>down</html>").build());
        server.enqueue(json(200, "{not json"));
        server.enqueue(json(409, "{\"error\":\"VendorSpecificConflict-4711\",\"message\":\"busy\"}"));

        client.list("domain-c8");
        assertThat(client.find("reg-x")).isEmpty();
        assertThat(client.delete("reg-x")).isFalse();
        assertThatThrownBy(client::about).isInstanceOf(PartnerUnauthorizedException.class);
        assertThatThrownBy(() -> client.list(null)).isInstanceOf(PartnerUnavailableException.class);
        assertThatThrownBy(() -> client.get("reg-1")).isInstanceOf(PartnerException.class);
        assertThatThrownBy(() -> client.register(new SvaRegistrationRequest("domain-c8", "cl-01", "host-12",
                "esx-01.lab", "vm-101", "GI-SVA (1)", "10.0.0.5", "20.0.1", "7.0.3")))
                .isInstanceOf(PartnerException.class);

        assertThat(calls).as("the manager's own error code is not a label value").containsExactly(
                "list success", "get NotFound", "delete NotFound", "about Unauthorized", "list transient",
                "get protocol", "register HttpError");
        assertThat(durations).hasSize(calls.size()).noneMatch(Duration::isNegative);
    }

    @Test
    void sameTlsTrustOptionsAsForVCenter() {
        server.enqueue(json(200, "{\"vendor\":\"x\"}"));
        String pin = TestTls.LOCALHOST.serverThumbprint();
        assertThat(client(TlsTrust.pinned(pin)).about().vendor()).isEqualTo("x");
        String wrong = "00:" + pin.substring(3);
        assertThatThrownBy(() -> client(TlsTrust.pinned(wrong)).about()).isExactlyInstanceOf(PartnerException.class)
                .extracting(e -> ((PartnerException) e).errorCode()).isEqualTo("TlsHandshakeFailed");
        assertThatThrownBy(() -> PartnerClientConfig.of(URI.create("http://m.lab"), TOKEN, TlsTrust.systemDefault()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
