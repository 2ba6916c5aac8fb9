package io.gioperator.vsphere.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestTls;
import io.gioperator.vsphere.tls.TlsHttpClients;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SoapTransportTest {

    private final FakeVCenter vc = new FakeVCenter();
    private TransportSettings settings = new TransportSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 64 * 1024);

    @AfterEach
    void stop() {
        vc.close();
    }

    private SoapTransport vim() {
        return vim(vc.url());
    }

    private SoapTransport vim(java.net.URI base) {
        return new SoapTransport(TlsHttpClients.create(TestTls.LOCALHOST.caTrust(), Duration.ofSeconds(2), "localhost"),
                SoapEndpoint.vim25(base), settings);
    }

    private SoapTransport eam() {
        return new SoapTransport(TlsHttpClients.create(TestTls.LOCALHOST.caTrust(), Duration.ofSeconds(2), "localhost"),
                SoapEndpoint.eam(vc.url()), settings);
    }

    private static final SoapRequest CURRENT_TIME = SoapRequest.of("CurrentTime", MoRef.of("ServiceInstance", "ServiceInstance"));

    @Test
    void writesASoap11EnvelopeWithHeadersAndTheMethodInItsNamespace() {
        vc.always("CurrentTime", Soap.vim("CurrentTime", "<returnval>2024-05-02T09:30:00.5Z</returnval>"));
        SoapTransport.Response response = vim().call(CURRENT_TIME, "vmware_soap_session=\"abc\"");

        assertThat(response.body().name()).isEqualTo("CurrentTimeResponse");
        assertThat(response.body().childText("returnval")).isEqualTo("2024-05-02T09:30:00.5Z");
        SoapCall call = vc.only("CurrentTime");
        assertThat(call.contentType()).isEqualTo("text/xml; charset=utf-8");
        assertThat(call.soapAction()).isEqualTo("\"urn:vim25/7.0.3.0\"");
        assertThat(call.cookie()).isEqualTo("vmware_soap_session=\"abc\"");
        assertThat(call.namespace()).isEqualTo("urn:vim25");
        assertThat(call.paramNames()).containsExactly("_this");
        assertThat(call.element("_this").getNamespaceURI()).as("unqualified children in the method namespace")
                .isEqualTo("urn:vim25");
        assertThat(call.body()).contains("http://schemas.xmlsoap.org/soap/envelope/").doesNotContain("DOCTYPE");
    }

    @Test
    void readsTheSessionCookieExactlyAsSet() {
        vc.always("CurrentTime", new MockResponse.Builder().code(200)
                .addHeader("Set-Cookie", "vmware_soap_session=\"52a4-ff\"; Path=/; HttpOnly; Secure;")
                .body(Soap.body("CurrentTime", "urn:vim25", "<returnval>2024-05-02T09:30:00Z</returnval>")).build());
        assertThat(vim().call(CURRENT_TIME, null).sessionCookie()).contains("vmware_soap_session=\"52a4-ff\"");
        assertThat(vc.only("CurrentTime").cookie()).isNull();
    }

    @Test
    void eamRequestsGoToEamSdkWithTheEamSoapAction() {
        vc.always("QueryAgency", Soap.eam("QueryAgency", ""));
        eam().call(SoapRequest.of("QueryAgency", MoRef.of("EsxAgentManager", "EsxAgentManager")), null);
        SoapCall call = vc.only("QueryAgency");
        assertThat(call.path()).isEqualTo("/eam/sdk");
        assertThat(call.soapAction()).isEqualTo("\"urn:eam/7.0\"");
        assertThat(call.namespace()).isEqualTo("urn:eam");
    }

    @Test
    void faultDetailsAreMatchedByLocalNameWhateverTheirNamespace() {
        vc.enqueue("QueryAgency", Soap.fault("EamServiceNotInitialized", "urn:vim25",
                "EAM is still loading from database. Please try again later.", ""));
        vc.enqueue("QueryAgency", Soap.fault("InvalidAgencyScope", "urn:eam", "Invalid scope",
                "<unknownComputeResource type=\"ClusterComputeResource\">domain-c99</unknownComputeResource>"));
        SoapRequest query = SoapRequest.of("QueryAgency", MoRef.of("EsxAgentManager", "EsxAgentManager"));

        assertThatThrownBy(() -> eam().call(query, null)).isInstanceOfSatisfying(EamServiceNotInitializedFault.class,
                f -> {
                    assertThat(f.isTransient()).isTrue();
                    assertThat(f.serverMessage()).startsWith("EAM is still loading");
                });
        assertThatThrownBy(() -> eam().call(query, null)).isInstanceOfSatisfying(InvalidAgencyScopeFault.class,
                f -> assertThat(f.unknownComputeResources())
                        .containsExactly(MoRef.of("ClusterComputeResource", "domain-c99")));
    }

    @Test
    void faultWithoutXsiTypeIsNamedByItsElementAndUnknownFaultsKeepTypeAndMessage() {
        vc.enqueue("CurrentTime", Soap.ok(Soap.ENVELOPE_START + "<soapenv:Fault><faultcode>ServerFaultCode</faultcode>"
                + "<faultstring>The object 'vim.VirtualMachine:vm-9' has already been deleted or has not been completely created</faultstring>"
                + "<detail><ManagedObjectNotFoundFault xmlns=\"urn:vim25\"><obj type=\"VirtualMachine\">vm-9</obj>"
                + "</ManagedObjectNotFoundFault></detail></soapenv:Fault>" + Soap.ENVELOPE_END));
        vc.enqueue("CurrentTime", Soap.vimFault("HostCommunication", "Unable to communicate with the remote host.", ""));
        vc.enqueue("CurrentTime", new MockResponse.Builder().code(500).body(Soap.ENVELOPE_START
                + "<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>Unexpected</faultstring>"
                + "</soapenv:Fault>" + Soap.ENVELOPE_END).build());

        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOfSatisfying(ManagedObjectNotFoundFault.class,
                f -> {
                    assertThat(f.object()).isEqualTo(MoRef.of("VirtualMachine", "vm-9"));
                    assertThat(f.faultType()).isEqualTo("ManagedObjectNotFound");
                });
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isExactlyInstanceOf(VSphereFault.class)
                .satisfies(e -> {
                    VSphereFault f = (VSphereFault) e;
                    assertThat(f.faultType()).isEqualTo("HostCommunication");
                    assertThat(f.serverMessage()).isEqualTo("Unable to communicate with the remote host.");
                    assertThat(f.isTransient()).isFalse();
                });
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isExactlyInstanceOf(VSphereFault.class)
                .hasMessage("ServerFaultCode: Unexpected");
    }

    @Test
    void http503AndGatewayErrorsAreTransient() {
        vc.enqueue("CurrentTime", Soap.status(503, "<html>Service Unavailable</html>"));
        vc.enqueue("CurrentTime", Soap.status(504, ""));
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOfSatisfying(VSphereTransientException.class,
                e -> assertThat(e.reason()).isEqualTo(VSphereTransientException.Reason.HTTP_UNAVAILABLE));
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereTransientException.class);
    }

    @Test
    void otherHttpErrorsWithoutSoapFaultAreProtocolErrors() {
        vc.enqueue("CurrentTime", Soap.status(500, "<html>Internal error</html>"));
        vc.enqueue("CurrentTime", Soap.status(404, "not here"));
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereProtocolException.class)
                .hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereProtocolException.class)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    void truncatedMalformedOrUnexpectedResponsesAreProtocolErrors() {
        String full = Soap.body("CurrentTime", "urn:vim25", "<returnval>2024-05-02T09:30:00Z</returnval>");
        vc.enqueue("CurrentTime", Soap.ok(full.substring(0, full.length() / 2)));
        vc.enqueue("CurrentTime", Soap.ok("<html><body>login page</body></html>"));
        vc.enqueue("CurrentTime", Soap.vim("RetrieveServiceContent", ""));
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereProtocolException.class)
                .hasMessageContaining("malformed");
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereProtocolException.class)
                .hasMessageContaining("not a SOAP 1.1 envelope");
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereProtocolException.class)
                .hasMessageContaining("expected <CurrentTimeResponse>");
    }

    @Test
    void anXxePayloadIsRefusedAndTheEntityNeverFetched() throws Exception {
        try (mockwebserver3.MockWebServer entityHost = new mockwebserver3.MockWebServer()) {
            entityHost.start();
            vc.enqueue("CurrentTime", Soap.ok("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \""
                    + entityHost.url("/etc/passwd") + "\">]>"
                    + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                    + "<CurrentTimeResponse xmlns=\"urn:vim25\"><returnval>&x;</returnval></CurrentTimeResponse>"
                    + "</soapenv:Body></soapenv:Envelope>"));
            assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereProtocolException.class)
                    .hasMessageContaining("DOCTYPE");
            assertThat(entityHost.getRequestCount()).isZero();
        }
    }

    @Test
    void responsesLargerThanTheBoundAreRefused() {
        String filler = "<x>" + "a".repeat(100 * 1024) + "</x>";
        vc.enqueue("CurrentTime", Soap.vim("CurrentTime", filler));
        vc.enqueue("CurrentTime", new MockResponse.Builder().code(200)
                .chunkedBody(Soap.body("CurrentTime", "urn:vim25", filler), 4096).build());
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(ResponseTooLargeException.class);
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).as("no Content-Length: counted while reading")
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void aSlowServerTimesOut() {
        vim().call(CURRENT_TIME, null); // warm up: connection and TLS set up under the generous timeout
        settings = new TransportSettings(Duration.ofSeconds(5), Duration.ofMillis(300), 64 * 1024);
        vc.enqueue("CurrentTime", new MockResponse.Builder(Soap.vim("CurrentTime", "<returnval>2024-05-02T09:30:00Z</returnval>"))
                .headersDelay(2, TimeUnit.SECONDS).build());
        vc.enqueue("CurrentTime", new MockResponse.Builder(Soap.vim("CurrentTime",
                "<returnval>2024-05-02T09:30:00Z</returnval>" + " ".repeat(2000)))
                .throttleBody(100, 1, TimeUnit.SECONDS).build());
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOfSatisfying(VSphereTransientException.class,
                e -> assertThat(e.reason()).isEqualTo(VSphereTransientException.Reason.TIMEOUT));
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).as("a body that trickles in is bounded too")
                .isInstanceOfSatisfying(VSphereTransientException.class,
                        e -> assertThat(e.reason()).isEqualTo(VSphereTransientException.Reason.TIMEOUT));
    }

    @Test
    void anUnreachableServerIsTransient() throws Exception {
        java.net.URI closed;
        try (mockwebserver3.MockWebServer gone = new mockwebserver3.MockWebServer()) {
            gone.start();
            closed = java.net.URI.create("https://localhost:" + gone.getPort());
        }
        java.net.URI target = closed;
        assertThatThrownBy(() -> vim(target).call(CURRENT_TIME, null))
                .isInstanceOfSatisfying(VSphereTransientException.class,
                        e -> assertThat(e.reason()).isEqualTo(VSphereTransientException.Reason.IO));
    }

    @Test
    void anEmptyAnswerIsAProtocolError() {
        vc.enqueue("CurrentTime", Soap.status(200, ""));
        assertThatThrownBy(() -> vim().call(CURRENT_TIME, null)).isInstanceOf(VSphereProtocolException.class);
    }

    @Test
    void parsesResponsesThatBindTheSchemaInstanceNamespaceToAnotherPrefix() {
        vc.enqueue("CurrentTime", Soap.ok("""
                <?xml version="1.0" encoding="UTF-8"?>
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>
                <CurrentTimeResponse xmlns="urn:vim25" xmlns:inst="http://www.w3.org/2001/XMLSchema-instance"
                  xmlns:s="http://www.w3.org/2001/XMLSchema"><returnval inst:type="s:dateTime">2024-05-02T09:30:00Z</returnval>
                </CurrentTimeResponse></S:Body></S:Envelope>"""));
        XmlElement returnval = vim().call(CURRENT_TIME, null).body().child("returnval");
        assertThat(returnval.xsiType()).isEqualTo("dateTime");
    }
}
