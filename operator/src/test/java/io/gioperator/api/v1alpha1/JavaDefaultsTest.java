package io.gioperator.api.v1alpha1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.gioperator.api.validation.ApiServer;
import io.gioperator.api.validation.Edit;
import io.gioperator.api.validation.Examples;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java classes start with the same defaults the API server fills in, so an object read from the cluster and one
 * built in a test (or read without server-side defaulting) mean the same thing.
 */
class JavaDefaultsTest {

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** A kind, the defaulted fields to take out of its example, and the fields the API server then fills in. */
  record Case(Class<?> type, String kind, List<String> removed, List<String> defaulted) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case(VCenter.class, "VCenter", List.of(),
            List.of("spec.credentialsSecretRef.usernameKey", "spec.credentialsSecretRef.passwordKey",
                "spec.tls.insecure")),
        new Case(PartnerSolution.class, "PartnerSolution", List.of("spec.sva.diskProvisioning", "spec.mux.vibName"),
            List.of("spec.sva.diskProvisioning", "spec.mux.vibName", "spec.solutionManager.credentialsSecretRef.tokenKey",
                "spec.solutionManager.tls.insecure")),
        new Case(GuestIntrospection.class, "GuestIntrospection",
            List.of("spec.healthPolicy", "spec.redeployPolicy", "spec.hostOperations", "spec.compatibility",
                "spec.paused"),
            List.of("spec.healthPolicy.serviceDownTimeout", "spec.healthPolicy.heartbeatTimeout",
                "spec.redeployPolicy.maxUnavailable", "spec.redeployPolicy.maxRedeploysPerHostPerHour",
                "spec.hostOperations.allowMaintenanceMode", "spec.hostOperations.allowReboot",
                "spec.compatibility.incompatibleHosts", "spec.paused")));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void javaDefaultsEqualTheApiServersDefaults(Case c) {
    ObjectNode minimal = Examples.one(c.kind());
    c.removed().forEach(path -> Edit.remove(minimal, path));
    c.defaulted().forEach(path -> assertThat(Edit.get(minimal, path).isMissingNode()).as(path).isTrue());

    JsonNode defaultedByServer = ApiServer.forKind(c.kind()).create(minimal).object();
    Object fromServer = SERIALIZATION.unmarshal(defaultedByServer.toString(), c.type());
    Object fromJava = SERIALIZATION.unmarshal(minimal.toString(), c.type());

    assertThat(fromJava).usingRecursiveComparison().isEqualTo(fromServer);
    for (String path : c.defaulted()) {
      assertThat(Edit.get(defaultedByServer, path).isMissingNode()).as("server defaults " + path).isFalse();
    }
  }
}
