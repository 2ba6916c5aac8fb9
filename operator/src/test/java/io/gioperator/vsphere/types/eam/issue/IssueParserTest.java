package io.gioperator.vsphere.types.eam.issue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.vsphere.testing.EamFixtures;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.SafeXmlReader;
import io.gioperator.vsphere.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class IssueParserTest {

    /** An issue element as it sits in a runtime: {@code <issue xsi:type="T">fields</issue>}. */
    static XmlElement issue(String type, String fields) {
        String typeAttr = type == null ? "" : " xsi:type=\"" + type + "\"";
        return SafeXmlReader.parse(("<issue xmlns=\"urn:eam\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + typeAttr + ">" + fields + "</issue>").getBytes(StandardCharsets.UTF_8));
    }

    static Stream<String> knownTypes() {
        return IssueTypes.KNOWN.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("knownTypes")
    void everyKnownTypeParsesAsItsOwnClassWithTheCommonFields(String type) {
        Issue parsed = IssueParser.parse(issue(type, EamFixtures.agentIssueFields(5)
                + "<vm type=\"VirtualMachine\">vm-101</vm>"));
        assertThat(parsed.getClass().getSimpleName()).isEqualTo(type);
        assertThat(parsed.wireType()).isEqualTo(type);
        assertThat(parsed.isUnknownSubtype()).isFalse();
        assertThat(parsed.key()).isEqualTo(5);
        assertThat(parsed.description()).isEqualTo("Agent issue 5");
        assertThat(parsed.time()).isEqualTo(Instant.parse("2024-05-02T09:40:00Z"));
    }

    @Test
    void hierarchyFollowsTheWsdl() {
        String fields = EamFixtures.agentIssueFields(1) + "<vm type=\"VirtualMachine\">vm-101</vm>";
        assertThat(IssueParser.parse(issue("VmPoweredOff", fields))).isInstanceOf(VmIssue.class)
                .isInstanceOf(AgentIssue.class).isInstanceOf(AgencyIssue.class);
        assertThat(IssueParser.parse(issue("CannotAccessAgentOVF", fields))).isInstanceOf(VmNotDeployed.class);
        assertThat(IssueParser.parse(issue("NoCustomAgentVmDatastore", fields))).isInstanceOf(NoAgentVmDatastore.class);
        assertThat(IssueParser.parse(issue("CannotAccessAgentVib", fields))).isInstanceOf(VibNotInstalled.class)
                .isInstanceOf(VibIssue.class);
        assertThat(IssueParser.parse(issue("HostInMaintenanceMode", fields))).isInstanceOf(VmDeployed.class);
        assertThat(IssueParser.parse(issue("InsufficientIpAddresses", fields))).isInstanceOf(VmPoweredOff.class);
        assertThat(IssueParser.parse(issue("PersonalityAgencyCannotUploadDepot", fields)))
                .isInstanceOf(PersonalityAgencyDepotIssue.class).isInstanceOf(PersonalityAgencyPMIssue.class);
        assertThat(IssueParser.parse(issue("UnknownAgentVm", fields))).isInstanceOf(HostIssue.class)
                .isNotInstanceOf(AgencyIssue.class);
    }

    @Test
    void agentIssueFieldsAreRead() {
        AgentIssue parsed = (AgentIssue) IssueParser.parse(issue("VibRequiresHostReboot", EamFixtures.agentIssueFields(9)));
        assertThat(parsed.agency()).isEqualTo(MoRef.of("Agency", EamFixtures.AGENCY));
        assertThat(parsed.agencyName()).isEqualTo("gi-3f1c-domain-c8");
        assertThat(parsed.solutionId()).isEqualTo("com.vmware.gi");
        assertThat(parsed.solutionName()).isEqualTo("Guest Introspection");
        assertThat(parsed.agent()).isEqualTo(MoRef.of("Agent", EamFixtures.AGENT));
        assertThat(parsed.agentName()).isEqualTo("GI-SVA (1)");
        assertThat(parsed.host()).isEqualTo(MoRef.of("HostSystem", "host-12"));
        assertThat(parsed.hostName()).isEqualTo("esx-01.lab");
    }

    @Test
    void subtypeFieldsAreRead() {
        String base = EamFixtures.agentIssueFields(3);
        assertThat((CannotAccessAgentOVF) IssueParser.parse(issue("CannotAccessAgentOVF",
                base + "<downloadUrl>https://repo.lab/sva.ovf</downloadUrl>")))
                .extracting(CannotAccessAgentOVF::downloadUrl).isEqualTo("https://repo.lab/sva.ovf");
        assertThat((CannotAccessAgentVib) IssueParser.parse(issue("CannotAccessAgentVib",
                base + "<downloadUrl>https://repo.lab/mux.zip</downloadUrl>")))
                .extracting(CannotAccessAgentVib::downloadUrl).isEqualTo("https://repo.lab/mux.zip");
        NoCustomAgentVmNetwork network = (NoCustomAgentVmNetwork) IssueParser.parse(issue("NoCustomAgentVmNetwork",
                base + "<customAgentVmNetwork type=\"Network\">network-9</customAgentVmNetwork>"
                        + "<customAgentVmNetworkName>VM Network</customAgentVmNetworkName>"));
        assertThat(network.customAgentVmNetwork()).containsExactly(MoRef.of("Network", "network-9"));
        assertThat(network.customAgentVmNetworkName()).containsExactly("VM Network");
        OvfInvalidProperty ovf = (OvfInvalidProperty) IssueParser.parse(issue("OvfInvalidProperty", base
                + "<error><fault xsi:type=\"InvalidArgument\"><invalidProperty>dsm.port</invalidProperty></fault>"
                + "<localizedMessage>A specified parameter was not correct: dsm.port</localizedMessage></error>"));
        assertThat(ovf.error()).singleElement().satisfies(e -> {
            assertThat(e.faultType()).isEqualTo("InvalidArgument");
            assertThat(e.localizedMessage()).endsWith("dsm.port");
        });
        VmCorrupted corrupted = (VmCorrupted) IssueParser.parse(issue("VmCorrupted",
                base + "<vm type=\"VirtualMachine\">vm-101</vm><missingFile>[ds1] GI-SVA (1)/GI-SVA (1).vmx</missingFile>"));
        assertThat(corrupted.missingFile()).endsWith(".vmx");
        VibRequiresManualInstallation manual = (VibRequiresManualInstallation) IssueParser.parse(issue(
                "VibRequiresManualInstallation", base + "<bulletin>VMware_bootbank_epsec-mux</bulletin>"));
        assertThat(manual.bulletin()).containsExactly("VMware_bootbank_epsec-mux");
        CertificateNotTrusted cert = (CertificateNotTrusted) IssueParser.parse(issue("CertificateNotTrusted",
                base + "<url>https://repo.lab/sva.ovf</url>"));
        assertThat(cert.url()).isEqualTo("https://repo.lab/sva.ovf");
        InvalidConfig invalid = (InvalidConfig) IssueParser.parse(issue("InvalidConfig", base
                + "<vm type=\"VirtualMachine\">vm-101</vm><error xsi:type=\"InvalidDeviceSpec\"><property>x</property></error>"));
        assertThat(invalid.error().xsiType()).isEqualTo("InvalidDeviceSpec");
        ExtensibleIssue extensible = (ExtensibleIssue) IssueParser.parse(issue("ExtensibleIssue",
                "<key>1</key><description>d</description><time>2024-05-02T09:40:00Z</time><typeId>com.partner.x</typeId>"
                        + "<argument><key>k</key><value xsi:type=\"xsd:string\">v</value></argument>"
                        + "<agent type=\"Agent\">Agent:1</agent>"));
        assertThat(extensible.typeId()).isEqualTo("com.partner.x");
        assertThat(extensible.argument()).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("k");
            assertThat(a.value().asString()).isEqualTo("v");
        });
        assertThat(extensible.target()).isNull();
    }

    @Test
    void unknownSubtypesBecomeTheirNearestBaseAndKeepTheirWireName() {
        String agentFields = EamFixtures.agentIssueFields(11);
        Issue vmLike = IssueParser.parse(issue("VmHookStuck", agentFields + "<vm type=\"VirtualMachine\">vm-101</vm>"));
        assertThat(vmLike).isExactlyInstanceOf(VmIssue.class);
        assertThat(vmLike.wireType()).isEqualTo("VmHookStuck");
        assertThat(vmLike.isUnknownSubtype()).isTrue();
        assertThat(((VmIssue) vmLike).vm()).isEqualTo(MoRef.of("VirtualMachine", "vm-101"));

        Issue agentLike = IssueParser.parse(issue("AgentFutureIssue", agentFields));
        assertThat(agentLike).isExactlyInstanceOf(AgentIssue.class);
        assertThat(((AgentIssue) agentLike).hostName()).isEqualTo("esx-01.lab");

        Issue hostLike = IssueParser.parse(issue("HostFutureIssue",
                "<key>2</key><description>d</description><time>2024-05-02T09:40:00Z</time>"
                        + "<host type=\"HostSystem\">host-12</host>"));
        assertThat(hostLike).isExactlyInstanceOf(HostIssue.class);

        Issue agencyLike = IssueParser.parse(issue("AgencyFutureIssue",
                "<key>3</key><description>d</description><time>2024-05-02T09:40:00Z</time>"
                        + "<agency type=\"Agency\">Agency:1</agency><agencyName>a</agencyName>"
                        + "<solutionId>s</solutionId><solutionName>n</solutionName>"));
        assertThat(agencyLike).isExactlyInstanceOf(AgencyIssue.class);

        Issue clusterLike = IssueParser.parse(issue("ClusterAgentVmHookFailed",
                "<key>4</key><description>d</description><time>2024-05-02T09:40:00Z</time>"
                        + "<agency type=\"Agency\">Agency:1</agency><agencyName>a</agencyName><solutionId>s</solutionId>"
                        + "<solutionName>n</solutionName><agent type=\"Agent\">Agent:9</agent>"
                        + "<cluster type=\"ClusterComputeResource\">domain-c8</cluster>"
                        + "<vm type=\"VirtualMachine\">vm-7</vm>"));
        assertThat(clusterLike).isExactlyInstanceOf(ClusterAgentVmIssue.class);

        Issue bare = IssueParser.parse(issue("Strange", "<key>5</key><description>d</description>"));
        assertThat(bare).isExactlyInstanceOf(Issue.class);
        assertThat(bare.wireType()).isEqualTo("Strange");
        Issue untyped = IssueParser.parse(issue(null, "<key>6</key>"));
        assertThat(untyped.wireType()).isEqualTo("Issue");
        assertThat(untyped.isUnknownSubtype()).isFalse();
    }
}
