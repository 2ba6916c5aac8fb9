package io.gioperator.reconcile.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.DownloadTrust;
import io.gioperator.vsphere.types.eam.AgentSslTrust;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgencyConfigMappingTest {

  @Test
  void theWireConfigReadsBackAsTheSameSpec() {
    AgencySpec spec = new AgencySpec("ClusterComputeResource:domain-c1", "https://d/sva.ovf",
        Map.of("b", "2", "a", "1"), "https://d/mux.zip", "thin", "dsva", List.of("Datastore:ds-2", "Datastore:ds-1"),
        List.of("DistributedVirtualPortgroup:dvpg-1"), "Folder:f-1", "Datacenter:dc-1", "ResourcePool:rp-1",
        List.of("8.0.2", "7.0.3"));

    var wire = AgencyConfigMapping.toWire("gi-operator/ns/c1", spec);

    assertThat(wire.agencyName()).isEqualTo("gi-operator/ns/c1");
    assertThat(wire.agentConfig()).hasSize(2).allSatisfy(c -> assertThat(c.productLineId()).isEqualTo("embeddedEsx"));
    assertThat(AgencyConfigMapping.toSpec(wire)).isEqualTo(spec);
  }

  @Test
  void downloadTrustsGoIntoEveryAgentConfigAndReadBackEqual() {
    String pem = "-----BEGIN CERTIFICATE-----\nMIIBdepot\n-----END CERTIFICATE-----";
    AgencySpec spec = new AgencySpec("ClusterComputeResource:domain-c1", "https://d/sva.ovf", Map.of(),
        "https://d/mux.zip", null, null, List.of(), List.of(), null, null, null, List.of("8.0.2", "8.0.3"))
        .withDownloadTrust(DownloadTrust.pinned(pem), DownloadTrust.any());

    var wire = AgencyConfigMapping.toWire("gi", spec);

    assertThat(wire.requiredApiVersion()).isEqualTo("8.2");
    assertThat(wire.agentConfig()).hasSize(2).allSatisfy(c -> {
      assertThat(c.ovfSslTrust()).isEqualTo(AgentSslTrust.pinned(pem));
      assertThat(c.vibSslTrust()).isEqualTo(AgentSslTrust.anyCertificate());
    });
    assertThat(AgencyConfigMapping.toSpec(wire)).isEqualTo(spec);
    assertThat(AgencyConfigMapping.toWire("gi", spec.withDownloadTrust(null, null)).requiredApiVersion()).isNull();
    assertThat(spec.differences(spec.withDownloadTrust(null, DownloadTrust.any()))).containsExactly("ovfDownloadTls");
  }

  @Test
  void aChangedFieldIsADifference() {
    AgencySpec spec = new AgencySpec("ClusterComputeResource:domain-c1", "https://d/sva.ovf", Map.of(),
        "https://d/mux.zip", null, null, List.of(), List.of(), null, null, null, List.of("8.0.2"));
    var wire = AgencyConfigMapping.toWire("n", spec);
    var other = AgencyConfigMapping.toSpec(wire.toBuilder().agentName("someone-else").build());
    assertThat(spec.differences(other)).containsExactly("agentVmNamePrefix");
  }
}
