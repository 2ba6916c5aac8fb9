package io.gioperator.reconcile.gi;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.VCenter;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReferenceMappersTest {

  private static GuestIntrospection gi(String name, String vc, String ps) {
    return Serialization.unmarshal("---\n{apiVersion: gi-operator.io/v1alpha1, kind: GuestIntrospection, metadata: {name: "
        + name + ", namespace: ns}, spec: {vcenterRef: {name: " + vc + "}, partnerRef: {name: " + ps
        + "}, cluster: /DC/host/C}}", GuestIntrospection.class);
  }

  private static final VCenter VC = Serialization.unmarshal("---\n{apiVersion: gi-operator.io/v1alpha1, kind: VCenter,"
      + " metadata: {name: vc1, namespace: ns}, spec: {server: 'https://vc', credentialsSecretRef: {name: vc-creds}}}",
      VCenter.class);
  private static final PartnerSolution PS = Serialization.unmarshal("---\n{apiVersion: gi-operator.io/v1alpha1,"
      + " kind: PartnerSolution, metadata: {name: ps1, namespace: ns}, spec: {sva: {ovfUrl: 'https://d/x.ovf',"
      + " ovfProperties: [{key: k, valueFrom: {secretKeyRef: {name: ovf-secret, key: k}}}],"
      + " downloadTls: {certificateFrom: {secretKeyRef: {name: depot-cert, key: tls.crt}}}},"
      + " mux: {vibUrl: 'https://d/m.zip', version: '1',"
      + " downloadTls: {certificateFrom: {configMapKeyRef: {name: depot-configmap, key: ca.crt}}}},"
      + " solutionManager: {url: 'https://m', credentialsSecretRef: {name: token}}}}", PartnerSolution.class);

  @Test
  void aSecretMapsToTheResourcesThatReadIt() {
    var a = gi("a", "vc1", "ps1");
    var b = gi("b", "vc2", "ps2");
    var secret = new SecretBuilder().withNewMetadata().withName("ovf-secret").withNamespace("ns").endMetadata().build();
    var ids = ReferenceMappers.gisUsingSecret(Stream.of(a, b), secret,
        id -> id.getName().equals("vc1") ? VC : null, id -> id.getName().equals("ps1") ? PS : null);
    assertThat(ids).containsExactly(ResourceID.fromResource(a));

    var creds = new SecretBuilder().withNewMetadata().withName("vc-creds").withNamespace("ns").endMetadata().build();
    assertThat(ReferenceMappers.gisUsingSecret(Stream.of(a, b), creds, id -> VC, id -> null)).hasSize(2);
    assertThat(ReferenceMappers.partnerSecrets(PS)).containsExactlyInAnyOrder("ovf-secret", "token", "depot-cert");
    var depot = new SecretBuilder().withNewMetadata().withName("depot-cert").withNamespace("ns").endMetadata().build();
    assertThat(ReferenceMappers.gisUsingSecret(Stream.of(a, b), depot, id -> null,
        id -> id.getName().equals("ps1") ? PS : null)).containsExactly(ResourceID.fromResource(a));
    assertThat(ReferenceMappers.gisUsingVCenter(Stream.of(a, b), VC)).containsExactly(ResourceID.fromResource(a));
  }
}
