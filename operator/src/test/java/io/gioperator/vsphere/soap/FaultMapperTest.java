package io.gioperator.vsphere.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.SafeXmlReader;
import io.gioperator.vsphere.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FaultMapperTest {

    private static XmlElement detail(String xml) {
        return SafeXmlReader.parse(("<d xmlns=\"urn:eam\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + xml + "</d>").getBytes(StandardCharsets.UTF_8)).firstChild();
    }

    private static VSphereFault map(String xml) {
        XmlElement d = detail(xml);
        return FaultMapper.map(FaultMapper.faultType(d), "server says no", d);
    }

    @Test
    void faultTypeComesFromXsiTypeElseFromTheElementNameMinusFault() {
        assertThat(FaultMapper.faultType(detail("<AFault xsi:type=\"InvalidUrl\"/>"))).isEqualTo("InvalidUrl");
        assertThat(FaultMapper.faultType(detail("<InvalidUrlFault/>"))).isEqualTo("InvalidUrl");
        assertThat(FaultMapper.faultType(detail("<CertificateNotTrustedFaultFault/>")))
                .isEqualTo("CertificateNotTrustedFault");
        assertThat(FaultMapper.faultType(detail("<Fault/>"))).isEqualTo("Fault");
        assertThat(FaultMapper.faultType(null)).isNull();
    }

    @Test
    void mapsEamConfigurationFaultsWithTheirFields() {
        assertThat(map("<InvalidUrlFault xsi:type=\"InvalidUrl\"><url>https://repo/sva.ovf</url><malformedUrl>false</malformedUrl>"
                + "<unknownHost>true</unknownHost><connectionRefused>false</connectionRefused><responseCode>404</responseCode>"
                + "</InvalidUrlFault>")).isInstanceOfSatisfying(InvalidUrlFault.class, f -> {
                    assertThat(f.url()).isEqualTo("https://repo/sva.ovf");
                    assertThat(f.unknownHost()).isTrue();
                    assertThat(f.malformedUrl()).isFalse();
                    assertThat(f.responseCode()).isEqualTo(404);
                    assertThat(f.serverMessage()).isEqualTo("server says no");
                });
        assertThat(map("<InvalidAgentConfigurationFault xsi:type=\"InvalidAgentConfiguration\">"
                + "<invalidAgentConfiguration><ovfPackageUrl>x</ovfPackageUrl></invalidAgentConfiguration>"
                + "<invalidField>ovfPackageUrl</invalidField></InvalidAgentConfigurationFault>"))
                .isInstanceOfSatisfying(InvalidAgentConfigurationFault.class,
                        f -> assertThat(f.invalidField()).isEqualTo("ovfPackageUrl"));
        assertThat(map("<CertificateNotTrustedFaultFault xsi:type=\"CertificateNotTrustedFault\"><url>https://repo/x.zip</url>"
                + "</CertificateNotTrustedFaultFault>")).isInstanceOfSatisfying(CertificateNotTrustedFault.class,
                        f -> assertThat(f.url()).isEqualTo("https://repo/x.zip"));
    }

    @Test
    void mapsVimFaults() {
        assertThat(map("<InvalidArgumentFault xsi:type=\"InvalidArgument\"><invalidProperty>agencyName</invalidProperty>"
                + "</InvalidArgumentFault>")).isInstanceOfSatisfying(InvalidArgumentFault.class,
                        f -> assertThat(f.invalidProperty()).isEqualTo("agencyName"));
        assertThat(map("<InvalidPowerStateFault xsi:type=\"InvalidPowerState\"><requestedState>poweredOn</requestedState>"
                + "<existingState>poweredOff</existingState></InvalidPowerStateFault>"))
                .isInstanceOfSatisfying(InvalidPowerStateFault.class, f -> {
                    assertThat(f.existingState()).isEqualTo("poweredOff");
                    assertThat(f.requestedState()).isEqualTo("poweredOn");
                }).isInstanceOf(InvalidStateFault.class);
        assertThat(map("<InvalidStateFault xsi:type=\"InvalidState\"/>")).isExactlyInstanceOf(InvalidStateFault.class);
        assertThat(map("<EamInvalidStateFault xsi:type=\"EamInvalidState\"/>")).isExactlyInstanceOf(InvalidStateFault.class)
                .extracting(f -> ((VSphereFault) f).faultType()).isEqualTo("EamInvalidState");
        assertThat(map("<NoPermissionFault xsi:type=\"NoPermission\"><object type=\"Folder\">group-d1</object>"
                + "<privilegeId>System.View</privilegeId></NoPermissionFault>")).isInstanceOf(NotAuthorizedFault.class);
        assertThat(map("<NotAuthorizedFault xsi:type=\"NotAuthorized\"/>")).isInstanceOf(NotAuthorizedFault.class);
        assertThat(map("<ManagedObjectNotFoundFault xsi:type=\"ManagedObjectNotFound\"><obj type=\"Agency\">Agency:1</obj>"
                + "</ManagedObjectNotFoundFault>")).isInstanceOfSatisfying(ManagedObjectNotFoundFault.class,
                        f -> assertThat(f.object()).isEqualTo(MoRef.of("Agency", "Agency:1")));
    }

    @Test
    void classifiesSessionLossAndTransientFaults() {
        assertThat(map("<NotAuthenticatedFault xsi:type=\"NotAuthenticated\"/>").isSessionLoss()).isTrue();
        assertThat(map("<EamInvalidLoginFault xsi:type=\"EamInvalidLogin\"/>").isSessionLoss()).isTrue();
        assertThat(map("<InvalidLoginFault xsi:type=\"InvalidLogin\"/>")).isInstanceOf(InvalidLoginFault.class)
                .satisfies(f -> assertThat(((VSphereFault) f).isSessionLoss()).isFalse());
        assertThat(map("<EamServiceNotInitializedFault xsi:type=\"EamServiceNotInitialized\"/>").isTransient()).isTrue();
        assertThat(map("<InvalidArgumentFault xsi:type=\"InvalidArgument\"/>").isTransient()).isFalse();
    }

    @Test
    void unknownFaultsKeepTheirTypeAndMessage() {
        VSphereFault fault = map("<FutureFault xsi:type=\"SomeNewFault\"><x>1</x></FutureFault>");
        assertThat(fault).isExactlyInstanceOf(VSphereFault.class);
        assertThat(fault.faultType()).isEqualTo("SomeNewFault");
        assertThat(fault.serverMessage()).isEqualTo("server says no");
        assertThat(fault.outcome()).isEqualTo("SomeNewFault");
    }
}
