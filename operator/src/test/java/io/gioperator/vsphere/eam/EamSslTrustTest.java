package io.gioperator.vsphere.eam;

import static io.gioperator.vsphere.testing.EamFixtures.AGENCY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.soap.CertificateNotTrustedFault;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.AgencyConfigInfo;
import io.gioperator.vsphere.types.eam.AgencyScope;
import io.gioperator.vsphere.types.eam.AgentConfigInfo;
import io.gioperator.vsphere.types.eam.AgentSslTrust;
import io.gioperator.vsphere.types.eam.GoalState;
import io.gioperator.vsphere.types.eam.OvfProperty;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 8.2 download trusts (ovfSslTrust/vibSslTrust) on the wire, and the SOAPAction version they require. */
class EamSslTrustTest {

    private static final MoRef AGENCY_REF = MoRef.of("Agency", AGENCY);
    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBdepotCA\n-----END CERTIFICATE-----\n";
    private final FakeVCenter vc = new FakeVCenter();
    private final TestClients.Connected c = TestClients.connect(vc);
    private final EamMethods eam = c.connection().eam();

    @AfterEach
    void stop() {
        c.close();
        vc.close();
    }

    private static AgencyConfigInfo config(AgentSslTrust ovf, AgentSslTrust vib) {
        AgentConfigInfo agent = AgentConfigInfo.of("https://depot.lab/gi/sva.ovf",
                List.of(new OvfProperty("dsm.host", "dsm.lab")), "https://depot.lab/gi/mux-bundle.zip")
                .withOvfDiskProvisioning("thin").withSslTrust(ovf, vib);
        return AgencyConfigInfo.builder().agentConfig(List.of(agent))
                .scope(AgencyScope.cluster(MoRef.of("ClusterComputeResource", "domain-c8")))
                .agentName("GI-SVA").agencyName("gi-domain-c8").build();
    }

    @Test
    void createAgencyWithTrustsWritesThemTypedAtTheirWsdlPositionsAsEam82() {
        vc.enqueue("CreateAgency", Soap.eam("CreateAgency", "<returnval type=\"Agency\">" + AGENCY + "</returnval>"));

        eam.createAgency(config(AgentSslTrust.pinned(PEM), AgentSslTrust.anyCertificate()), GoalState.ENABLED);

        SoapCall call = vc.only("CreateAgency");
        assertThat(call.soapAction()).isEqualTo("\"urn:eam/8.2\"");
        assertThat(call.childNames("agencyConfigInfo/agentConfig")).containsExactly("ovfPackageUrl", "ovfSslTrust",
                "ovfEnvironment", "vibUrl", "vibSslTrust", "ovfDiskProvisioning");
        assertThat(call.xsiType("agencyConfigInfo/agentConfig/ovfSslTrust")).isEqualTo("AgentPinnedPemCertificate");
        assertThat(call.childNames("agencyConfigInfo/agentConfig/ovfSslTrust")).containsExactly("sslCertificate");
        assertThat(call.text("agencyConfigInfo/agentConfig/ovfSslTrust/sslCertificate")).isEqualTo(PEM);
        assertThat(call.xsiType("agencyConfigInfo/agentConfig/vibSslTrust")).isEqualTo("AgentAnyCertificate");
        assertThat(call.childNames("agencyConfigInfo/agentConfig/vibSslTrust")).isEmpty();
    }

    @Test
    void withoutTrustsCreateAndUpdateKeepTheEam70SoapActionAndWriteNoTrustElement() {
        vc.enqueue("CreateAgency", Soap.eam("CreateAgency", "<returnval type=\"Agency\">" + AGENCY + "</returnval>"));
        vc.enqueue("Update", Soap.eam("Update", ""));

        eam.createAgency(config(null, null), GoalState.ENABLED);
        eam.update(AGENCY_REF, config(null, null));

        assertThat(vc.only("CreateAgency").soapAction()).isEqualTo("\"urn:eam/7.0\"");
        assertThat(vc.only("CreateAgency").childNames("agencyConfigInfo/agentConfig"))
                .doesNotContain("ovfSslTrust", "vibSslTrust");
        assertThat(vc.only("Update").soapAction()).isEqualTo("\"urn:eam/7.0\"");
    }

    @Test
    void updateWithOnlyAVibTrustIsEam82() {
        vc.enqueue("Update", Soap.eam("Update", ""));

        eam.update(AGENCY_REF, config(null, AgentSslTrust.pinned(PEM)));

        SoapCall update = vc.only("Update");
        assertThat(update.soapAction()).isEqualTo("\"urn:eam/8.2\"");
        assertThat(update.childNames("config/agentConfig")).containsExactly("ovfPackageUrl", "ovfEnvironment",
                "vibUrl", "vibSslTrust", "ovfDiskProvisioning");
        assertThat(update.xsiType("config/agentConfig/vibSslTrust")).isEqualTo("AgentPinnedPemCertificate");
    }

    @Test
    void queryConfigReadsBothTrustsWhateverPrefixTheServerBoundToXsi() {
        String body = Soap.ENVELOPE_START + "<QueryConfigResponse xmlns=\"urn:eam\""
                + " xmlns:si=\"http://www.w3.org/2001/XMLSchema-instance\"><returnval si:type=\"AgencyConfigInfo\">"
                + "<agentConfig><ovfPackageUrl>https://depot.lab/gi/sva.ovf</ovfPackageUrl>"
                + "<ovfSslTrust si:type=\"AgentAnyCertificate\"/>"
                + "<vibUrl>https://depot.lab/gi/mux-bundle.zip</vibUrl>"
                + "<vibSslTrust si:type=\"eam:AgentPinnedPemCertificate\" xmlns:eam=\"urn:eam\"><sslCertificate>"
                + PEM + "</sslCertificate></vibSslTrust></agentConfig>"
                + "<agencyName>gi-domain-c8</agencyName></returnval></QueryConfigResponse>" + Soap.ENVELOPE_END;
        vc.enqueue("QueryConfig", Soap.ok(body));

        AgentConfigInfo agent = eam.queryConfig(AGENCY_REF).agentConfig().get(0);

        assertThat(agent.ovfSslTrust()).isEqualTo(AgentSslTrust.anyCertificate());
        assertThat(agent.vibSslTrust()).isEqualTo(AgentSslTrust.pinned(PEM));
        assertThat(agent.vibUrl()).endsWith("mux-bundle.zip");
    }

    @Test
    void aTrustReadBackEqualsTheOneSentSoTheDesiredConfigComparesEqual() {
        vc.enqueue("QueryConfig", Soap.eam("QueryConfig", "<returnval><agentConfig>"
                + "<ovfPackageUrl>https://depot.lab/gi/sva.ovf</ovfPackageUrl>"
                + "<ovfSslTrust xsi:type=\"AgentPinnedPemCertificate\"><sslCertificate>" + PEM
                + "</sslCertificate></ovfSslTrust></agentConfig></returnval>"));

        AgentConfigInfo agent = eam.queryConfig(AGENCY_REF).agentConfig().get(0);

        assertThat(agent.ovfSslTrust()).isEqualTo(AgentSslTrust.pinned(PEM));
        assertThat(agent.vibSslTrust()).isNull();
        assertThat(agent.requiresEam82()).isTrue();
    }

    @Test
    void certificateNotTrustedAtCreateIsTypedWithItsUrl() {
        vc.enqueue("CreateAgency", Soap.fault("CertificateNotTrustedFault", "urn:eam",
                "Certificate not trusted", "<url>https://depot.lab/gi/sva.ovf</url>"));

        assertThatThrownBy(() -> eam.createAgency(config(null, null), GoalState.ENABLED))
                .isInstanceOfSatisfying(CertificateNotTrustedFault.class,
                        f -> assertThat(f.url()).isEqualTo("https://depot.lab/gi/sva.ovf"));
    }
}
