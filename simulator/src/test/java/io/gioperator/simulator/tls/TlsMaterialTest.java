package io.gioperator.simulator.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlsMaterialTest {
    @Test
    void certificateCarriesTheNamesAndTheThumbprintMatchesIt() throws Exception {
        TlsMaterial t = TlsMaterial.generate(List.of("vcenter.lab.local", "10.1.2.3"));
        List<String> sans = t.certificate().getSubjectAlternativeNames().stream().map(l -> l.get(1).toString())
                .toList();
        assertThat(sans).contains("127.0.0.1", "localhost", "vcenter.lab.local", "10.1.2.3");
        String expected = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(t.certificate().getEncoded()));
        assertThat(t.thumbprint()).isEqualTo(expected);
        assertThat(t.pem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(TlsMaterial.generate(List.of()).thumbprint()).as("a new certificate per start")
                .isNotEqualTo(t.thumbprint());
    }
}
