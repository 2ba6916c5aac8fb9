package io.gioperator.reconcile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgencySpecTest {

  private static AgencySpec spec(Map<String, String> properties, List<String> datastores, List<String> versions) {
    return new AgencySpec("domain-c8", "https://repo/sva.ovf", properties, "https://repo/mux.zip", "thin", "gi-svm",
        datastores, List.of("dvportgroup-21"), "group-v22", "datacenter-3", "resgroup-9", versions);
  }

  @Test
  void equalityIgnoresPropertyOrderBlanksAndVersionOrder() {
    Map<String, String> ordered = new java.util.LinkedHashMap<>();
    ordered.put("b", "2");
    ordered.put("a", "1");
    AgencySpec desired = spec(Map.of("a", "1", "b", "2"), List.of("ds-1"), List.of("8.0.2", "8.0.3"));
    AgencySpec observed = new AgencySpec(" domain-c8 ", "https://repo/sva.ovf ", ordered, "https://repo/mux.zip", "THIN",
        "gi-svm", List.of("ds-1", "ds-1"), List.of("dvportgroup-21"), "group-v22", "datacenter-3", "resgroup-9",
        List.of("8.0.3", "8.0.2", "8.0.2"));

    assertThat(observed).isEqualTo(desired);
    assertThat(observed.differences(desired)).isEmpty();
  }

  @Test
  void unsetHasOneSpelling() {
    AgencySpec blank = new AgencySpec("domain-c8", "u", null, "", "  ", null, null, null, "", null, " ", null);
    AgencySpec nulls = new AgencySpec("domain-c8", "u", Map.of(), null, null, null, List.of(), List.of(), null, null, null, List.of());
    assertThat(blank).isEqualTo(nulls);
  }

  @Test
  void datastoreOrderMattersBecauseEamUsesTheFirstPresentOne() {
    AgencySpec one = spec(Map.of(), List.of("ds-1", "ds-2"), List.of());
    AgencySpec other = spec(Map.of(), List.of("ds-2", "ds-1"), List.of());
    assertThat(one).isNotEqualTo(other);
    assertThat(one.differences(other)).containsExactly("datastores");
  }

  @Test
  void differencesNameFieldsAndPropertyKeysButNeverValues() {
    AgencySpec desired = spec(Map.of("manager.password", "new-secret", "manager.address", "10.1.1.1"), List.of(), List.of());
    Map<String, String> old = new HashMap<>(Map.of("manager.password", "old-secret", "manager.address", "10.1.1.1"));
    AgencySpec observed = new AgencySpec("domain-c8", "https://repo/other.ovf", old, "https://repo/mux.zip", "thin",
        "gi-svm", List.of(), List.of("dvportgroup-21"), "group-v22", "datacenter-3", "resgroup-9", List.of());

    assertThat(desired.differences(observed)).containsExactly("ovfUrl", "ovfProperties[manager.password]");
    assertThat(String.join(",", desired.differences(observed))).doesNotContain("secret");
  }

  @Test
  void toStringAndRedactedNeverPrintPropertyValues() {
    AgencySpec spec = spec(Map.of("manager.password", "s3cret-value"), List.of(), List.of());
    assertThat(spec.toString()).contains("manager.password=***").doesNotContain("s3cret-value");
    assertThat(spec.redacted()).doesNotContain("s3cret-value");
    assertThat(new Action.CreateAgency("n", spec, "r").toString()).doesNotContain("s3cret-value");
  }

  @Test
  void withHostVersionsReplacesOnlyTheVersions() {
    AgencySpec spec = spec(Map.of("a", "1"), List.of("ds-1"), List.of("6.7.0"));
    AgencySpec scoped = spec.withHostVersions(List.of("8.0.3", "8.0.2"));
    assertThat(scoped.hostVersions()).containsExactly("8.0.2", "8.0.3");
    assertThat(scoped.differences(spec)).containsExactly("hostVersions");
  }
}
