package io.gioperator.api.v1alpha1;

import static io.gioperator.api.validation.Admission.assertAccepted;
import static io.gioperator.api.validation.Admission.assertRejectedAlsoWith;
import static io.gioperator.api.validation.Admission.assertRejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gioperator.api.validation.ApiServer;
import io.gioperator.api.validation.Edit;
import io.gioperator.api.validation.Examples;
import io.gioperator.api.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each validation rule of the GuestIntrospection CRD, proven on the shipped example. */
class GuestIntrospectionValidationTest {

  private static final String REMEDIATION = "{id: chg-1042-esx01, action: RecreateSva, host: esx-01.lab.local}";

  private final ApiServer api = ApiServer.forKind("GuestIntrospection");
  private final ObjectNode gi = Examples.one("GuestIntrospection");

  @ParameterizedTest
  @ValueSource(strings = {"spec.vcenterRef", "spec.vcenterRef.name", "spec.cluster", "spec.partnerRef",
      "spec.placement", "spec.placement.datastores", "spec.placement.networks"})
  void requiredFields(String path) {
    assertRejectedWith(api.create(Edit.remove(gi, path)), path, "");
  }

  @Test
  void withoutPlacementTheResourcePoolRuleDoesNotFailToEvaluate() {
    ApiServer.Result result = api.create(Edit.remove(gi, "spec.placement"));
    assertThat(result.errors()).extracting(FieldError::path).containsExactly("spec.placement");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cluster-01", "DC1/host/Cluster-01", "/DC1/vm/Cluster-01", "/DC1/host", "/DC1/host/"})
  void clusterIsAnInventoryPathBelowAHostFolder(String cluster) {
    Edit.remove(gi, "spec.placement.resourcePool");
    assertRejectedWith(api.create(Edit.set(gi, "spec.cluster", "'" + cluster + "'")), "spec.cluster", "should match");
  }

  @Test
  void clusterInFoldersIsAccepted() {
    Edit.set(gi, "spec.cluster", "/Europe/DC1/host/Prod/Cluster-01");
    Edit.remove(gi, "spec.placement.resourcePool");
    assertAccepted(api.create(gi));
  }

  @Test
  void clusterIsImmutable() {
    ObjectNode changed = Edit.set(gi.deepCopy(), "spec.cluster", "/DC1/host/Cluster-02");
    Edit.remove(changed, "spec.placement.resourcePool");
    assertRejectedWith(api.update(gi, changed), "spec.cluster",
        "cluster is immutable: create another GuestIntrospection for another cluster");
  }

  @Test
  void otherFieldsMayChangeOnUpdate() {
    ObjectNode changed = Edit.set(gi.deepCopy(), "spec.paused", "true");
    Edit.set(changed, "spec.placement.datastores", "[vsanDatastore-02, vsanDatastore-01]");
    assertAccepted(api.update(gi, changed));
  }

  @Test
  void placementNeedsAtLeastOneDatastoreWithAVSphereName() {
    assertRejectedWith(api.create(Edit.set(gi.deepCopy(), "spec.placement.datastores", "[]")),
        "spec.placement.datastores", "should have at least 1 items");
    assertRejectedWith(api.create(Edit.set(gi, "spec.placement.datastores[0]", "x".repeat(81))),
        "spec.placement.datastores[0]", "may not be more than 80");
  }

  @Test
  void folderIsAVmFolderPath() {
    assertRejectedWith(api.create(Edit.set(gi, "spec.placement.folder", "/DC1/host/GuestIntrospection")),
        "spec.placement.folder", "should match");
  }

  @Test
  void resourcePoolMustBeInsideTheCluster() {
    Edit.set(gi, "spec.placement.resourcePool", "/DC1/host/Cluster-02/Resources");
    assertRejectedWith(api.create(gi), "spec.placement.resourcePool",
        "placement.resourcePool must be a resource pool inside the cluster");
    Edit.set(gi, "spec.placement.resourcePool", "/DC1/host/Cluster-01X/Resources");
    assertRejectedWith(api.create(gi), "spec.placement.resourcePool", "inside the cluster");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5 minutes", "5", "1.5h", "-5m", "5M", "PT5M"})
  void healthTimeoutsAreDurationStrings(String duration) {
    ApiServer.Result result = api.create(Edit.set(gi, "spec.healthPolicy.serviceDownTimeout", "'" + duration + "'"));
    assertThat(result.errors()).extracting(FieldError::path).containsOnly("spec.healthPolicy.serviceDownTimeout");
    assertRejectedAlsoWith(result, "spec.healthPolicy.serviceDownTimeout", "should match");
  }

  @Test
  void healthTimeoutsAreAtLeastOneMinute() {
    assertRejectedWith(api.create(Edit.set(gi.deepCopy(), "spec.healthPolicy.heartbeatTimeout", "59s")),
        "spec.healthPolicy.heartbeatTimeout", "must be at least 1m");
    assertRejectedWith(api.create(Edit.set(gi.deepCopy(), "spec.healthPolicy.serviceDownTimeout", "59999ms")),
        "spec.healthPolicy.serviceDownTimeout", "must be at least 1m");
    assertAccepted(api.create(Edit.set(gi, "spec.healthPolicy.heartbeatTimeout", "1m")));
    assertAccepted(api.create(Edit.set(gi, "spec.healthPolicy.serviceDownTimeout", "1h30m")));
  }

  @Test
  void maxUnavailableIsAtLeastOne() {
    assertRejectedWith(api.create(Edit.set(gi, "spec.redeployPolicy.maxUnavailable", "0")),
        "spec.redeployPolicy.maxUnavailable", "should be greater than or equal to 1");
  }

  @Test
  void redeploysPerHourAreBounded() {
    assertRejectedWith(api.create(Edit.set(gi.deepCopy(), "spec.redeployPolicy.maxRedeploysPerHostPerHour", "61")),
        "spec.redeployPolicy.maxRedeploysPerHostPerHour", "should be less than or equal to 60");
    assertAccepted(api.create(Edit.set(gi, "spec.redeployPolicy.maxRedeploysPerHostPerHour", "0")));
  }

  @Test
  void rebootingNeedsMaintenanceModePermission() {
    Edit.set(gi, "spec.hostOperations", "{allowReboot: true}");
    assertRejectedWith(api.create(gi), "spec.hostOperations",
        "allowReboot requires allowMaintenanceMode: a host is only rebooted in maintenance mode");
    Edit.set(gi, "spec.hostOperations.allowMaintenanceMode", "true");
    assertAccepted(api.create(gi));
  }

  @Test
  void incompatibleHostsIsSkipOrBlockCluster() {
    assertRejectedWith(api.create(Edit.set(gi, "spec.compatibility.incompatibleHosts", "Ignore")),
        "spec.compatibility.incompatibleHosts", "supported values: \"BlockCluster\", \"Skip\"");
  }

  @Test
  void pausedIsABoolean() {
    assertRejectedAlsoWith(api.create(Edit.set(gi, "spec.paused", "'yes'")), "spec.paused", "must be of type boolean");
  }

  @Test
  void remediationRequestsAreAccepted() {
    Edit.set(gi, "spec.remediations", "[" + REMEDIATION + ", {id: chg-1043, action: ReinstallMux, host: 10.0.0.21}]");
    assertAccepted(api.create(gi));
  }

  @Test
  void remediationIdsAreUnique() {
    Edit.set(gi, "spec.remediations", "[" + REMEDIATION + ", " + REMEDIATION.replace("RecreateSva", "ReinstallMux") + "]");
    ApiServer.Result result = api.create(gi);
    assertRejectedAlsoWith(result, "spec.remediations", "remediation ids must be unique");
    assertThat(result.errors()).hasSize(2).anySatisfy(error -> {
      assertThat(error.path()).isEqualTo("spec.remediations[1]");
      assertThat(error.type()).isEqualTo(FieldError.Type.DUPLICATE);
      assertThat(error.message()).contains("chg-1042-esx01");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "action", "host"})
  void remediationFieldsAreRequired(String field) {
    Edit.set(gi, "spec.remediations", "[" + REMEDIATION + "]");
    assertRejectedWith(api.create(Edit.remove(gi, "spec.remediations[0]." + field)),
        "spec.remediations[0]." + field, "");
  }

  @Test
  void remediationActionsAreRecreateSvaOrReinstallMux() {
    Edit.set(gi, "spec.remediations", "[" + REMEDIATION.replace("RecreateSva", "RebootSva") + "]");
    assertRejectedWith(api.create(gi), "spec.remediations[0].action",
        "supported values: \"RecreateSva\", \"ReinstallMux\"");
  }

  @Test
  void remediationIdsAreDnsLabels() {
    Edit.set(gi, "spec.remediations", "[" + REMEDIATION.replace("chg-1042-esx01", "CHG_1042") + "]");
    assertRejectedWith(api.create(gi), "spec.remediations[0].id", "should match");
  }

  @Test
  void atMostThirtyTwoRemediationRequests() {
    StringBuilder list = new StringBuilder("[");
    for (int i = 0; i < 33; i++) {
      list.append(i == 0 ? "" : ", ").append(REMEDIATION.replace("chg-1042-esx01", "r" + i));
    }
    Edit.set(gi, "spec.remediations", list.append("]").toString());
    assertRejectedWith(api.create(gi), "spec.remediations", "must have at most 32 items");
  }

  @Test
  void aMinimalObjectGetsEveryPolicyDefault() {
    ObjectNode minimal = Edit.set(Examples.one("GuestIntrospection"), "spec", """
        {vcenterRef: {name: vcenter-lab}, cluster: /DC1/host/Cluster-01, partnerRef: {name: trendmicro-ds-20},
         placement: {datastores: [vsanDatastore-01], networks: [GI-Management]}}""");
    ApiServer.Result result = api.create(minimal);
    assertAccepted(result);
    var spec = result.object().path("spec");
    assertThat(spec.path("healthPolicy").path("serviceDownTimeout").asText()).isEqualTo("10m");
    assertThat(spec.path("healthPolicy").path("heartbeatTimeout").asText()).isEqualTo("5m");
    assertThat(spec.path("redeployPolicy").path("maxUnavailable").asInt()).isEqualTo(1);
    assertThat(spec.path("redeployPolicy").path("maxRedeploysPerHostPerHour").asInt()).isEqualTo(3);
    assertThat(spec.path("hostOperations").path("allowMaintenanceMode").isBoolean()).isTrue();
    assertThat(spec.path("hostOperations").path("allowMaintenanceMode").asBoolean()).isFalse();
    assertThat(spec.path("hostOperations").path("allowReboot").asBoolean(true)).isFalse();
    assertThat(spec.path("compatibility").path("incompatibleHosts").asText()).isEqualTo("Skip");
    assertThat(spec.path("paused").isBoolean()).isTrue();
    assertThat(spec.path("paused").asBoolean()).isFalse();
  }

  @Test
  void aPartlyGivenPolicyIsCompletedWithDefaults() {
    Edit.set(gi, "spec.redeployPolicy", "{maxUnavailable: 2}");
    ApiServer.Result result = api.create(gi);
    assertAccepted(result);
    assertThat(Edit.get(result.object(), "spec.redeployPolicy.maxRedeploysPerHostPerHour").asInt()).isEqualTo(3);
  }
}
