package io.gioperator.reconcile.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacementResolverTest {

  @Test
  void inventoryPathsLoseTheLeadingSlashAndTheDatacenterIsBeforeHost() {
    assertThat(PlacementResolver.trim("/DC1/host/Cluster-01/")).isEqualTo("DC1/host/Cluster-01");
    assertThat(PlacementResolver.datacenterPath("DC1/host/Cluster-01")).isEqualTo("DC1");
    assertThat(PlacementResolver.datacenterPath("Region/DC2/host/C")).isEqualTo("Region/DC2");
  }
}
