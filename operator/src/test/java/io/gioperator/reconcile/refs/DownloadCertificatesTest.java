package io.gioperator.reconcile.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.gioperator.api.v1alpha1.PartnerSolution;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** certificateFrom read through a (mock) Kubernetes API over HTTPS: Secret, ConfigMap, and what goes wrong. */
class DownloadCertificatesTest {

  private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBdepot\n-----END CERTIFICATE-----\n";
  private static final String NS = "gi";

  private KubernetesMockServer server;
  private KubernetesClient client;
  private DownloadCertificates certificates;

  @BeforeEach
  void start() {
    server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(List.of()), true);
    server.init(InetAddress.getLoopbackAddress(), 0);
    client = server.createClient();
    certificates = new DownloadCertificates(new SecretValues(client));
  }

  @AfterEach
  void stop() {
    client.close();
    server.destroy();
  }

  private static PartnerSolution partner(String svaTls, String muxTls) {
    return Serialization.unmarshal("---\n{apiVersion: gi-operator.io/v1alpha1, kind: PartnerSolution, metadata: "
        + "{name: ds, namespace: " + NS + "}, spec: {sva: {ovfUrl: 'https://d/x.ovf'"
        + (svaTls == null ? "" : ", downloadTls: " + svaTls) + "}, mux: {vibUrl: 'https://d/m.zip', version: '1'"
        + (muxTls == null ? "" : ", downloadTls: " + muxTls) + "}}}", PartnerSolution.class);
  }

  private void secret(String name, String key, String value) {
    client.secrets().inNamespace(NS).resource(new SecretBuilder().withNewMetadata().withName(name).withNamespace(NS)
        .endMetadata().withStringData(Map.of(key, value)).build()).create();
  }

  private void configMap(String name, String key, String value) {
    client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName(name)
        .withNamespace(NS).endMetadata().withData(Map.of(key, value)).build()).create();
  }

  @Test
  void readsTheOvfCertificateFromASecretAndTheVibCertificateFromAConfigMap() {
    secret("depot-cert", "tls.crt", PEM);
    configMap("mux-depot", "ca.crt", PEM.replace("depot", "muxdepot"));

    var pems = certificates.resolve(NS, partner("{certificateFrom: {secretKeyRef: {name: depot-cert, key: tls.crt}}}",
        "{certificateFrom: {configMapKeyRef: {name: mux-depot, key: ca.crt}}}"));

    assertThat(pems.ovf()).isEqualTo(PEM);
    assertThat(pems.vib()).contains("MIIBmuxdepot");
  }

  @Test
  void inlineAndInsecureNeedNothingRead() {
    var pems = certificates.resolve(NS, partner("{certificate: \"" + PEM.replace("\n", "\\n") + "\"}",
        "{insecure: true}"));
    assertThat(pems).isEqualTo(DownloadCertificates.Pems.none());
  }

  @Test
  void aMissingSecretNamesTheSecretTheKeyAndTheField() {
    assertThatThrownBy(() -> certificates.resolve(NS,
        partner("{certificateFrom: {secretKeyRef: {name: depot-cert, key: tls.crt}}}", null)))
        .isInstanceOfSatisfying(ReferenceException.class, e -> {
          assertThat(e.reason()).isEqualTo(SecretValues.SECRET_NOT_FOUND);
          assertThat(e.getMessage()).contains("Secret gi/depot-cert", "tls.crt",
              "PartnerSolution gi/ds spec.sva.downloadTls.certificateFrom");
        });
  }

  @Test
  void aMissingKeyOrConfigMapNamesTheField() {
    secret("depot-cert", "other", PEM);
    assertThatThrownBy(() -> certificates.resolve(NS,
        partner("{certificateFrom: {secretKeyRef: {name: depot-cert, key: tls.crt}}}", null)))
        .isInstanceOfSatisfying(ReferenceException.class, e -> {
          assertThat(e.reason()).isEqualTo(SecretValues.SECRET_KEY_NOT_FOUND);
          assertThat(e.getMessage()).contains("has no key tls.crt", "spec.sva.downloadTls.certificateFrom");
        });
    assertThatThrownBy(() -> certificates.resolve(NS,
        partner(null, "{certificateFrom: {configMapKeyRef: {name: mux-depot, key: ca.crt}}}")))
        .isInstanceOfSatisfying(ReferenceException.class, e -> {
          assertThat(e.reason()).isEqualTo(SecretValues.CONFIG_MAP_NOT_FOUND);
          assertThat(e.getMessage()).contains("ConfigMap gi/mux-depot key ca.crt",
              "spec.mux.downloadTls.certificateFrom");
        });
  }

  @Test
  void aValueThatIsNotOnePemCertificateIsRejectedNamingTheField() {
    secret("depot-cert", "tls.crt", "AB:CD:EF");
    secret("chain", "tls.crt", PEM + PEM);
    assertThatThrownBy(() -> certificates.resolve(NS,
        partner("{certificateFrom: {secretKeyRef: {name: depot-cert, key: tls.crt}}}", null)))
        .isInstanceOfSatisfying(ReferenceException.class, e -> {
          assertThat(e.reason()).isEqualTo(DownloadCertificates.DOWNLOAD_CERTIFICATE_INVALID);
          assertThat(e.getMessage()).contains("Secret gi/depot-cert key tls.crt",
              "spec.sva.downloadTls.certificateFrom", "holds no PEM certificate").doesNotContain("AB:CD:EF");
        });
    assertThatThrownBy(() -> certificates.resolve(NS,
        partner(null, "{certificateFrom: {secretKeyRef: {name: chain, key: tls.crt}}}")))
        .isInstanceOfSatisfying(ReferenceException.class, e -> assertThat(e.getMessage())
            .contains("spec.mux.downloadTls.certificateFrom", "holds 2 certificates"));
  }

  @Test
  void anInlineChainIsRefusedLikeAChainFromASecret() {
    secret("chain", "tls.crt", PEM + PEM);
    String inlineChain = "{certificate: \"" + (PEM + PEM).replace("\n", "\\n") + "\"}";
    ReferenceException inline = catchThrowableOfType(ReferenceException.class,
        () -> certificates.resolve(NS, partner(inlineChain, null)));
    ReferenceException fromSecret = catchThrowableOfType(ReferenceException.class,
        () -> certificates.resolve(NS, partner(null, "{certificateFrom: {secretKeyRef: {name: chain, key: tls.crt}}}")));

    assertThat(inline.reason()).isEqualTo(fromSecret.reason()).isEqualTo(DownloadCertificates.DOWNLOAD_CERTIFICATE_INVALID);
    assertThat(inline.getMessage()).contains("PartnerSolution gi/ds spec.sva.downloadTls.certificate holds 2 "
        + "certificates", "EAM pins exactly one", "not its CA chain").doesNotContain("MIIBdepot");
    assertThat(fromSecret.getMessage()).contains("spec.mux.downloadTls.certificateFrom) holds 2 certificates",
        "EAM pins exactly one", "not its CA chain");
  }

  @Test
  void problemIsNullOnlyForOnePemCertificate() {
    assertThat(DownloadCertificates.problem(PEM)).isNull();
    assertThat(DownloadCertificates.problem("  " + PEM + "\n")).isNull();
    assertThat(DownloadCertificates.problem("")).isEqualTo("holds no PEM certificate");
    assertThat(DownloadCertificates.problem("-----BEGIN CERTIFICATE-----\nMIIB\n"))
        .isEqualTo("holds no PEM certificate");
    assertThat(DownloadCertificates.problem(PEM + "x".repeat(DownloadCertificates.MAX_LENGTH)))
        .startsWith("is longer than");
  }
}
