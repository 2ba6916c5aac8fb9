package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Rest;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** EAM 8.2 download trust: private-CA depots, ovfSslTrust/vibSslTrust, and the SOAPAction version they need. */
class EamSslTrustTest {
    private static final String DEPOT_PEM = "-----BEGIN CERTIFICATE-----\nMIIBdepotPrivateCA\n-----END CERTIFICATE-----";
    private static final String OTHER_PEM = "-----BEGIN CERTIFICATE-----\nMIIBsomeoneElse\n-----END CERTIFICATE-----";
    Simulator sim;
    SoapClient soap;
    VimApi vim;
    EamApi eam;

    @BeforeEach
    void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(1, 2).build());
        soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
        eam = new EamApi(soap);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static Xml pinned(String element, String pem) {
        return Xml.el(element).type("AgentPinnedPemCertificate").add(Xml.el("sslCertificate", pem));
    }

    private static Xml any(String element) {
        return Xml.el(element).type("AgentAnyCertificate");
    }

    private Xml config(String element, Xml ovfTrust, Xml vibTrust) {
        return EamApi.config(element, "gi", EamApi.Placement.of(vim, "Cluster-01", "vsanDatastore-01"),
                EamApi.DSVA, ovfTrust, EamApi.MUX_703, vibTrust, true);
    }

    @Test
    void privateCaOvfWithoutTrustRaisesCertificateNotTrustedUntilTheRightPemIsPinned() {
        sim.control().catalogueServerCertificate(EamApi.DSVA, DEPOT_PEM);
        Ref agency = eam.create(config("agencyConfigInfo", null, null));

        XmlNode issue = eam.awaitIssue(agency, "CertificateNotTrusted");
        assertThat(issue.textAt("url")).isEqualTo(EamApi.DSVA);
        assertThat(issue.textAt("description")).contains("SSL trust verification");
        assertThat(issue.childNames()).containsSubsequence("key", "description", "time", "agency", "agent",
                "host", "hostName", "url");
        eam.resolveAll(agency);
        eam.awaitIssue(agency, "CertificateNotTrusted");
        assertThat(eam.status(agency)).isEqualTo("red");

        eam.ok(Xml.el("Update").add(agency.self(), config("config", pinned("ovfSslTrust", OTHER_PEM), null)));
        eam.awaitIssue(agency, "CertificateNotTrusted");

        eam.ok(Xml.el("Update").add(agency.self(), config("config", pinned("ovfSslTrust",
                DEPOT_PEM.replace("\n", "\r\n") + "\n"), null)));
        eam.awaitStatus(agency, "green");
        XmlNode stored = eam.ok(Xml.el("QueryConfig").add(agency.self())).child("returnval").child("agentConfig");
        assertThat(stored.child("ovfSslTrust").xsiType()).isEqualTo("AgentPinnedPemCertificate");
        assertThat(stored.childNames()).containsSubsequence("ovfPackageUrl", "ovfSslTrust", "ovfEnvironment",
                "vibUrl");
    }

    @Test
    void privateCaVibNeedsItsOwnTrustAndAnyCertificateIsEnough() {
        sim.control().catalogueServerCertificate(EamApi.MUX_703, DEPOT_PEM);
        Ref agency = eam.create(config("agencyConfigInfo", any("ovfSslTrust"), null));
        assertThat(eam.awaitIssue(agency, "CertificateNotTrusted").textAt("url")).isEqualTo(EamApi.MUX_703);

        eam.ok(Xml.el("Update").add(agency.self(), config("config", null, any("vibSslTrust"))));
        eam.awaitStatus(agency, "green");
    }

    @Test
    void resolveReverifiesOnceTheCaIsTrustedByVCenter() {
        sim.control().catalogueServerCertificate(EamApi.DSVA, DEPOT_PEM);
        Ref agency = eam.create(config("agencyConfigInfo", null, null));
        eam.awaitIssue(agency, "CertificateNotTrusted");

        sim.control().catalogueServerCertificate(EamApi.DSVA, null);
        eam.resolveAll(agency);
        eam.awaitStatus(agency, "green");
    }

    private SoapClient.Response createAgency(Xml config) {
        return soap.eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(), config,
                Xml.el("initialGoalState", "enabled")));
    }

    private int agencyCount() {
        return eam.ok(Xml.el("QueryAgency").add(EamApi.MANAGER.self())).all("returnval").size();
    }

    /** The fault on the wire: type, url in EAM's namespace, and a text that names the URL. */
    private static void assertCertificateNotTrusted(SoapClient.Response r, String url) {
        assertThat(r.status()).as(r.text()).isEqualTo(500);
        assertThat(r.faultType()).isEqualTo("CertificateNotTrustedFault");
        assertThat(r.faultDetail().namespace).isEqualTo("urn:eam");
        assertThat(r.faultDetail().textAt("url")).isEqualTo(url);
        assertThat(r.faultString()).contains(url);
    }

    @Test
    void withTheTrustCheckOnConfigureCreateAgencyFaultsAndCreatesNothingUntilTheServerIsTrusted() {
        Rest control = new Rest(sim.controlUrl(), null, null);
        assertThat(control.post("/control/eam/trust-check-on-configure", null).status()).isEqualTo(200);
        sim.control().catalogueServerCertificate(EamApi.DSVA, DEPOT_PEM);
        int before = agencyCount();

        assertCertificateNotTrusted(createAgency(config("agencyConfigInfo", null, null)), EamApi.DSVA);
        assertCertificateNotTrusted(createAgency(config("agencyConfigInfo", pinned("ovfSslTrust", OTHER_PEM), null)),
                EamApi.DSVA);
        assertThat(agencyCount()).as("a faulted CreateAgency creates no agency").isEqualTo(before);

        Ref agency = eam.create(config("agencyConfigInfo", pinned("ovfSslTrust", DEPOT_PEM), null));
        eam.awaitStatus(agency, "green");

        assertThat(control.delete("/control/eam/trust-check-on-configure").status()).isEqualTo(200);
        Ref later = eam.create(EamApi.config("agencyConfigInfo", "gi-2", EamApi.Placement.of(vim, "Cluster-01",
                "vsanDatastore-01"), EamApi.DSVA, null, EamApi.MUX_703, null, true));
        assertThat(eam.awaitIssue(later, "CertificateNotTrusted").textAt("url"))
                .as("switched off: the issue at download again").isEqualTo(EamApi.DSVA);
    }

    @Test
    void withTheTrustCheckOnConfigureAnUpdateThatDropsTheTrustFaultsAndKeepsTheConfig() {
        sim.control().eamVerifiesTrustOnConfigure(true);
        sim.control().catalogueServerCertificate(EamApi.MUX_703, DEPOT_PEM);
        Ref agency = eam.create(config("agencyConfigInfo", null, any("vibSslTrust")));
        eam.awaitStatus(agency, "green");

        SoapClient.Response update = soap.eam(Xml.el("Update").add(agency.self(), config("config", null, null)));

        assertCertificateNotTrusted(update, EamApi.MUX_703);
        XmlNode stored = eam.ok(Xml.el("QueryConfig").add(agency.self())).child("returnval").child("agentConfig");
        assertThat(stored.child("vibSslTrust").xsiType()).as("the config before the Update stays")
                .isEqualTo("AgentAnyCertificate");
        assertThat(eam.status(agency)).isEqualTo("green");
    }

    @Test
    void trustFieldsUnderAnOlderSoapActionAreRefusedLikeRealVmodl() {
        int agencies = eam.ok(Xml.el("QueryAgency").add(EamApi.MANAGER.self())).all("returnval").size();
        Xml create = Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                config("agencyConfigInfo", any("ovfSslTrust"), null), Xml.el("initialGoalState", "enabled"));
        SoapClient.Response old = soap.rawEam("urn:eam/7.0", Xml.envelope(create.ns("urn:eam")));
        assertThat(old.status()).isEqualTo(500);
        assertThat(old.faultType()).isEqualTo("InvalidRequest");
        assertThat(old.faultString()).startsWith("Unexpected element tag \"ovfSslTrust\" seen")
                .contains("AgentConfigInfo").contains("CreateAgency");
        assertThat(eam.ok(Xml.el("QueryAgency").add(EamApi.MANAGER.self())).all("returnval")).hasSize(agencies);

        SoapClient.Response plain = soap.rawEam("urn:eam/7.0", Xml.envelope(Xml.el("CreateAgency").ns("urn:eam")
                .add(EamApi.MANAGER.self(), config("agencyConfigInfo", null, null),
                        Xml.el("initialGoalState", "enabled"))));
        assertThat(plain.status()).isEqualTo(200);
        SoapClient.Response current = soap.rawEam("\"urn:eam/8.2\"", Xml.envelope(Xml.el("Update").ns("urn:eam")
                .add(Ref.of(plain.payload().child("returnval")).self(), config("config", any("ovfSslTrust"), null))));
        assertThat(current.status()).as(current.text()).isEqualTo(200);
    }
}
