package io.gioperator.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.gioperator.api.validation.ApiServer;
import io.gioperator.api.validation.Crd;
import io.gioperator.api.validation.Examples;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped examples are what a platform team applies: they must pass the API server's validation. */
class ExamplesTest {

  private static final String NAMESPACE = "gi-system";
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  @Test
  void theExampleSetIsTheDocumentedOneInApplyOrder() {
    assertThat(Examples.files()).extracting(p -> p.getFileName().toString()).containsExactly(
        "00-namespace.yaml", "10-secrets.yaml", "20-vcenter.yaml", "30-partnersolution.yaml",
        "40-guestintrospection.yaml");
    assertThat(Examples.all()).extracting(d -> d.path("kind").asText()).containsExactly(
        "Namespace", "Secret", "Secret", "Secret", "ConfigMap", "VCenter", "PartnerSolution", "GuestIntrospection");
  }

  @Test
  void everyCustomResourceExampleIsAcceptedWithStrictFieldValidation() {
    List<String> checked = new ArrayList<>();
    for (JsonNode doc : Examples.all()) {
      Crd crd = Crd.committed().get(doc.path("kind").asText());
      if (crd == null) {
        continue;
      }
      ApiServer.Result result = new ApiServer(crd).create(doc);
      assertThat(result.errors()).as(doc.path("kind").asText() + " example").isEmpty();
      assertThat(result.prunedFields()).as("fields the API server would drop").isEmpty();
      checked.add(crd.kind());
    }
    assertThat(checked).containsExactlyInAnyOrder("VCenter", "PartnerSolution", "GuestIntrospection");
  }

  @Test
  void everyExampleLivesInTheGiSystemNamespace() {
    for (JsonNode doc : Examples.all()) {
      String namespace = doc.path("kind").asText().equals("Namespace")
          ? doc.path("metadata").path("name").asText()
          : doc.path("metadata").path("namespace").asText();
      assertThat(namespace).as(doc.path("kind") + " " + doc.path("metadata").path("name")).isEqualTo(NAMESPACE);
    }
  }

  @Test
  void everySecretAndConfigMapKeyTheResourcesNameExistsInTheExamples() {
    List<String> references = new ArrayList<>();
    VCenter vcenter = load(VCenter.class);
    references.add(secretKey(vcenter.getSpec().getCredentialsSecretRef().getName(),
        vcenter.getSpec().getCredentialsSecretRef().getUsernameKey()));
    references.add(secretKey(vcenter.getSpec().getCredentialsSecretRef().getName(),
        vcenter.getSpec().getCredentialsSecretRef().getPasswordKey()));
    references.add(caBundle(vcenter.getSpec().getTls().getCaBundle()));
    PartnerSolution partner = load(PartnerSolution.class);
    for (OvfProperty property : partner.getSpec().getSva().getOvfProperties()) {
      if (property.getValueFrom() != null) {
        KeyReference ref = property.getValueFrom().getSecretKeyRef();
        references.add(secretKey(ref.getName(), ref.getKey()));
      }
    }
    TokenCredentials token = partner.getSpec().getSolutionManager().getCredentialsSecretRef();
    references.add(secretKey(token.getName(), token.getTokenKey()));
    references.add(caBundle(partner.getSpec().getSolutionManager().getTls().getCaBundle()));

    assertThat(references).containsExactlyInAnyOrder(
        "Secret/vcenter-credentials/username", "Secret/vcenter-credentials/password",
        "ConfigMap/lab-ca-bundle/ca.crt", "Secret/dsva-ovf-properties/dsm.token", "Secret/dsm-api-token/token",
        "ConfigMap/lab-ca-bundle/ca.crt");
    assertThat(availableKeys()).containsAll(Set.copyOf(references));
  }

  @Test
  void theGuestIntrospectionRefersToTheExampleVCenterAndPartnerSolution() {
    GuestIntrospection gi = load(GuestIntrospection.class);
    assertThat(gi.getSpec().getVcenterRef().getName()).isEqualTo(load(VCenter.class).getMetadata().getName());
    assertThat(gi.getSpec().getPartnerRef().getName()).isEqualTo(load(PartnerSolution.class).getMetadata().getName());
  }

  @Test
  void theExamplesCarryTheSimulatorsDefaultValues() {
    VCenter vcenter = load(VCenter.class);
    assertThat(vcenter.getSpec().getServer()).isEqualTo("https://vcenter.lab.local");
    JsonNode credentials = Examples.all().stream()
        .filter(d -> d.path("metadata").path("name").asText().equals("vcenter-credentials")).findFirst().orElseThrow();
    assertThat(credentials.path("stringData").path("username").asText()).isEqualTo("administrator@vsphere.local");
    assertThat(credentials.path("stringData").path("password").asText()).isEqualTo("VMware1!");

    PartnerSolutionSpec partner = load(PartnerSolution.class).getSpec();
    assertThat(List.of(partner.getVendor(), partner.getProduct(), partner.getVersion()))
        .containsExactly("Trend Micro", "Deep Security", "20.0.1");
    assertThat(partner.getSva().getOvfUrl()).isEqualTo("https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf");
    assertThat(partner.getSva().getOvfProperties()).extracting(OvfProperty::getKey)
        .containsExactly("dsm.address", "dsm.token");
    assertThat(partner.getSva().getOvfProperties().get(0).getValue()).isEqualTo("dsm.lab.local");
    assertThat(partner.getMux().getVibUrl())
        .isEqualTo("https://depot.gi.example/vmware/epsec-mux-7.0.3-offline-bundle.zip");
    assertThat(List.of(partner.getMux().getVibName(), partner.getMux().getVersion()))
        .containsExactly("epsec-mux", "7.0.3");
    assertThat(partner.getSolutionManager().getUrl()).isEqualTo("https://dsm.lab.local:4119");
    assertThat(partner.getCompatibility().getEsxi())
        .extracting(SupportedVersion::getVersion, SupportedVersion::getMinBuild)
        .containsExactly(tuple("7.0.3", 19193900L), tuple("8.0.x", null));
    assertThat(partner.getCompatibility().getVcenter()).extracting(SupportedVersion::getVersion)
        .containsExactly("7.0.3", "8.0.x");

    GuestIntrospection gi = load(GuestIntrospection.class);
    assertThat(gi.getMetadata().getName()).isEqualTo("cluster-01");
    assertThat(gi.getSpec().getCluster()).isEqualTo("/DC1/host/Cluster-01");
    Placement placement = gi.getSpec().getPlacement();
    assertThat(placement.getDatastores()).containsExactly("vsanDatastore-01");
    assertThat(placement.getNetworks()).containsExactly("GI-Management");
    assertThat(placement.getFolder()).isEqualTo("/DC1/vm/GuestIntrospection");
    assertThat(placement.getResourcePool()).isEqualTo("/DC1/host/Cluster-01/Resources");
  }

  private static String secretKey(String name, String key) {
    return "Secret/" + name + "/" + key;
  }

  private static String caBundle(CaBundleSource source) {
    return source.getSecretKeyRef() != null
        ? "Secret/" + source.getSecretKeyRef().getName() + "/" + source.getSecretKeyRef().getKey()
        : "ConfigMap/" + source.getConfigMapKeyRef().getName() + "/" + source.getConfigMapKeyRef().getKey();
  }

  private static Set<String> availableKeys() {
    Set<String> keys = new HashSet<>();
    for (JsonNode doc : Examples.all()) {
      String kind = doc.path("kind").asText();
      String name = doc.path("metadata").path("name").asText();
      for (String section : List.of("data", "stringData")) {
        doc.path(section).fieldNames().forEachRemaining(k -> keys.add(kind + "/" + name + "/" + k));
      }
    }
    return keys;
  }

  private static <T> T load(Class<T> type) {
    JsonNode doc = Examples.one(type.getSimpleName());
    return SERIALIZATION.unmarshal(doc.toString(), type);
  }
}
