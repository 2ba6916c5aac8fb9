package io.gioperator.api.v1alpha1;

import static io.gioperator.api.validation.Admission.assertAccepted;
import static io.gioperator.api.validation.Admission.assertRejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.gioperator.api.validation.ApiServer;
import io.gioperator.api.validation.Edit;
import io.gioperator.api.validation.Examples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the operator writes into status with these classes is accepted by the CRD's status schema. */
class StatusValidationTest {

  private static final String NOW = "2025-03-01T10:15:30Z";
  private final KubernetesSerialization serialization = new KubernetesSerialization();
  private final ApiServer api = ApiServer.forKind("GuestIntrospection");

  @Test
  void aFullyPopulatedGuestIntrospectionStatusIsAccepted() {
    GuestIntrospection gi = serialization.unmarshal(Examples.one("GuestIntrospection").toString(),
        GuestIntrospection.class);
    gi.setStatus(fullStatus());

    JsonNode written = serialization.convertValue(gi, JsonNode.class);
    ApiServer.Result result = api.create(written);

    assertAccepted(result);
    assertThat(result.prunedFields()).isEmpty();
    assertThat(Edit.get(result.object(), "status.hosts[1].step").asText())
        .isEqualTo("WaitingForMaintenanceModePermission");
    assertThat(Edit.get(result.object(), "status.conditions[0].status").asText()).isEqualTo("True");
    assertThat(Edit.get(result.object(), "status.readyHosts").asText()).isEqualTo("1/2");
  }

  @Test
  void aConditionNeedsATransitionTimeAndACamelCaseReason() {
    ObjectNode written = withStatus(fullStatus());
    Edit.set(written, "status.conditions[0].reason", "'not ready'");
    assertRejectedWith(api.create(written), "status.conditions[0].reason", "should match");

    Edit.set(written, "status.conditions[0].reason", "Ready");
    Edit.set(written, "status.conditions[0].lastTransitionTime", "'yesterday'");
    assertRejectedWith(api.create(written), "status.conditions[0].lastTransitionTime", "must be of type date-time");

    Edit.remove(written, "status.conditions[0].lastTransitionTime");
    assertRejectedWith(api.create(written), "status.conditions[0].lastTransitionTime", "");
  }

  @Test
  void conditionTypesAreUniqueInTheList() {
    GuestIntrospectionStatus status = fullStatus();
    status.getConditions().add(condition(GuestIntrospectionConditions.READY, ConditionStatus.FALSE, "Progressing"));
    assertRejectedWith(api.create(withStatus(status)), "status.conditions[2]", "Ready");
  }

  @Test
  void hostRowsAreUniqueByName() {
    GuestIntrospectionStatus status = fullStatus();
    status.getHosts().get(1).setName(status.getHosts().get(0).getName());
    assertRejectedWith(api.create(withStatus(status)), "status.hosts[1]", "esx-01.lab.local");
  }

  @Test
  void vcenterAndPartnerSolutionStatusesAreAccepted() {
    VCenter vcenter = serialization.unmarshal(Examples.one("VCenter").toString(), VCenter.class);
    VCenterStatus vcStatus = vcenter.getStatus();
    vcStatus.setObservedGeneration(1L);
    vcStatus.getConditions().add(condition(VCenterConditions.CONNECTED, ConditionStatus.TRUE,
        VCenterConditions.REASON_CONNECTED));
    vcStatus.setProductName("VMware VirtualCenter Server");
    vcStatus.setVersion("8.0.2");
    vcStatus.setBuild("22385739");
    vcStatus.setLastConnectedTime(NOW);
    assertAccepted(ApiServer.forKind("VCenter").create(serialization.convertValue(vcenter, JsonNode.class)));

    PartnerSolution partner = serialization.unmarshal(Examples.one("PartnerSolution").toString(),
        PartnerSolution.class);
    partner.getStatus().getConditions().add(condition(PartnerSolutionConditions.VALID, ConditionStatus.FALSE,
        PartnerSolutionConditions.REASON_SECRET_NOT_FOUND));
    SolutionManagerStatus manager = new SolutionManagerStatus();
    manager.setProductName("Deep Security Manager");
    manager.setVersion("20.0.877");
    manager.setLastContactTime(NOW);
    partner.getStatus().setSolutionManager(manager);
    assertAccepted(ApiServer.forKind("PartnerSolution").create(serialization.convertValue(partner, JsonNode.class)));
  }

  private ObjectNode withStatus(GuestIntrospectionStatus status) {
    GuestIntrospection gi = serialization.unmarshal(Examples.one("GuestIntrospection").toString(),
        GuestIntrospection.class);
    gi.setStatus(status);
    return serialization.convertValue(gi, ObjectNode.class);
  }

  private static Condition condition(String type, ConditionStatus status, String reason) {
    Condition condition = new Condition();
    condition.setType(type);
    condition.setStatus(status);
    condition.setReason(reason);
    condition.setObservedGeneration(3L);
    condition.setLastTransitionTime(NOW);
    return condition;
  }

  private static GuestIntrospectionStatus fullStatus() {
    GuestIntrospectionStatus status = new GuestIntrospectionStatus();
    status.setObservedGeneration(3L);
    status.getConditions().add(condition(GuestIntrospectionConditions.SVA_DEPLOYED, ConditionStatus.TRUE, "Deployed"));
    Condition ready = condition(GuestIntrospectionConditions.READY, ConditionStatus.FALSE,
        GuestIntrospectionConditions.REASON_WAITING_FOR_MAINTENANCE_MODE_PERMISSION);
    ready.setMessage("esx-02.lab.local: Mux VIB update needs maintenance mode; spec.hostOperations forbids it");
    status.getConditions().add(ready);

    AgencyStatus agency = new AgencyStatus();
    agency.setMoref("agency-12");
    agency.setName("gi-cluster-01");
    agency.setStatus("yellow");
    agency.setGoalState("enabled");
    status.setAgency(agency);

    HostStatus ready1 = new HostStatus();
    ready1.setName("esx-01.lab.local");
    ready1.setMoref("host-21");
    ready1.setEsxiVersion("7.0.3");
    ready1.setEsxiBuild(21930508L);
    ready1.setConnectionState("connected");
    ready1.setInMaintenanceMode(false);
    ready1.setInScope(true);
    ready1.setCompatible(true);
    ready1.setStep(HostStep.READY);
    ready1.setMuxVibVersion("7.0.3");
    SvaStatus sva = new SvaStatus();
    sva.setVmMoref("vm-101");
    sva.setVmName("dsva (1)");
    sva.setPowerState("poweredOn");
    sva.setIpAddress("10.0.0.101");
    sva.setVersion("20.0.1-3445");
    ready1.setSva(sva);
    PartnerRegistrationStatus registration = new PartnerRegistrationStatus();
    registration.setRegistrationId("svm-7");
    registration.setServiceStatus("UP");
    registration.setLastHeartbeatTime(NOW);
    ready1.setPartner(registration);
    RedeployHistory redeploys = new RedeployHistory();
    redeploys.setCount(1);
    redeploys.getRecent().add("2025-03-01T09:40:00Z");
    redeploys.setLastReason("heartbeat missing for 5m");
    ready1.setRedeploys(redeploys);

    HostStatus waiting = new HostStatus();
    waiting.setName("esx-02.lab.local");
    waiting.setStep(HostStep.WAITING_FOR_MAINTENANCE_MODE_PERMISSION);
    waiting.setInScope(true);
    waiting.setCompatible(true);
    EamIssue issue = new EamIssue();
    issue.setType("VibRequiresHostInMaintenanceMode");
    issue.setKey(17);
    issue.setText("Host must be in maintenance mode to install the VIB");
    waiting.getIssues().add(issue);
    status.setHosts(new java.util.ArrayList<>(List.of(ready1, waiting)));

    HostCounts counts = new HostCounts();
    counts.setTotal(2);
    counts.setInScope(2);
    counts.setReady(1);
    counts.setByStep(Map.of("Ready", 1, "WaitingForMaintenanceModePermission", 1));
    status.setHostCounts(counts);
    status.setReadyHosts("1/2");

    CompletedRemediation done = new CompletedRemediation();
    done.setId("chg-1042-esx01");
    done.setAction(RemediationAction.RECREATE_SVA);
    done.setHost("esx-01.lab.local");
    done.setCompletedAt(NOW);
    done.setResult(RemediationResult.SUCCEEDED);
    status.getCompletedRemediations().add(done);
    return status;
  }
}
