package io.gioperator.vsphere.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.soap.VSphereTlsException;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.testing.TestTls;
import io.gioperator.vsphere.session.VCenterTarget;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.Locale;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.Test;

class TlsTrustTest {

    private static void currentTime(FakeVCenter vc, VCenterTarget target) {
        try (VCenterSessionPool pool = new VCenterSessionPool(TestClients.fastConfig(), new SimpleMeterRegistry())) {
            pool.connect("test/vc", target).vim().currentTime();
        }
    }

    private static VCenterTarget viaIp(FakeVCenter vc, TlsTrust trust) {
        return new VCenterTarget(URI.create("https://127.0.0.1:" + vc.server().getPort()), FakeVCenter.USER,
                FakeVCenter.PASSWORD, trust);
    }

    @Test
    void caBundleVerifiesTheChainAndTheHostName() {
        try (FakeVCenter vc = new FakeVCenter()) {
            currentTime(vc, vc.target(TestTls.LOCALHOST.caTrust()));
            assertThat(vc.calls("CurrentTime")).hasSize(1);

            assertThatThrownBy(() -> currentTime(vc, viaIp(vc, TestTls.LOCALHOST.caTrust())))
                    .as("certificate is for localhost, not 127.0.0.1").isInstanceOf(VSphereTlsException.class);
            assertThat(vc.calls("Login")).hasSize(1);
        }
    }

    @Test
    void anUnknownCaIsRefusedBeforeAnythingIsSent() {
        String otherCa = new HeldCertificate.Builder().certificateAuthority(0).build().certificatePem();
        try (FakeVCenter vc = new FakeVCenter()) {
            assertThatThrownBy(() -> currentTime(vc, vc.target(TlsTrust.caBundle(otherCa))))
                    .isInstanceOf(VSphereTlsException.class);
            assertThatThrownBy(() -> currentTime(vc, vc.target(TlsTrust.systemDefault())))
                    .as("a test CA is not in the JVM trust store").isInstanceOf(VSphereTlsException.class);
            assertThat(vc.calls()).isEmpty();
        }
    }

    @Test
    void pinnedThumbprintTrustsTheServerWithoutHostNameCheck() {
        try (FakeVCenter vc = new FakeVCenter()) {
            String pin = TestTls.LOCALHOST.serverThumbprint().toLowerCase(Locale.ROOT);
            currentTime(vc, viaIp(vc, TlsTrust.pinned(pin)));
            assertThat(vc.calls("Login")).hasSize(1);
        }
    }

    @Test
    void aWrongThumbprintFailsTheHandshakeBeforeAnyCredentialIsSent() {
        String wrong = "AA:" + TestTls.LOCALHOST.serverThumbprint().substring(3);
        try (FakeVCenter vc = new FakeVCenter()) {
            assertThatThrownBy(() -> currentTime(vc, vc.target(TlsTrust.pinned(wrong))))
                    .isInstanceOf(VSphereTlsException.class).hasMessageContaining("thumbprint")
                    .hasMessageNotContaining(FakeVCenter.PASSWORD);
            assertThat(vc.calls("Login")).isEmpty();
            assertThat(vc.calls()).as("no request at all reached the server").isEmpty();
        }
    }

    @Test
    void insecureIsAnExplicitOptIn() {
        try (FakeVCenter vc = new FakeVCenter()) {
            currentTime(vc, viaIp(vc, TlsTrust.insecure()));
            assertThat(vc.calls("CurrentTime")).hasSize(1);
        }
        assertThat(TlsTrust.insecure().verifiesHostname()).isFalse();
        assertThat(TlsTrust.systemDefault().verifiesHostname()).isTrue();
    }

    @Test
    void thumbprintsAreNormalizedAndValidated() {
        String upper = TestTls.LOCALHOST.serverThumbprint();
        assertThat(upper).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(Thumbprints.normalize(upper.toLowerCase(Locale.ROOT))).isEqualTo(upper);
        assertThat(Thumbprints.normalize(upper.replace(":", ""))).isEqualTo(upper);
        assertThatThrownBy(() -> Thumbprints.normalize("AB:CD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Thumbprints.normalize(upper.replace('A', 'G')))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TlsHttpClients.sslContext(TlsTrust.caBundle("not a pem")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
