package io.gioperator.ha;

import io.gioperator.e2e.lab.RepoRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.coordination.v1.Lease;
import io.gioperator.e2e.harness.Await;
import io.gioperator.e2e.harness.OperatorProcess;
import io.gioperator.ops.GatedProxy;
import io.gioperator.ops.OpsLab;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A leader cut off from the Kubernetes API (a network partition: it cannot renew its Lease) must stop acting as
 * the leader: it exits (code 1) so that Kubernetes restarts it as a follower, and the other replica takes the
 * Lease. Without that it would keep reconciling, and changing vSphere, next to the new leader.
 */
class LostLeaseTest {

  private static final String LEASE = "gi-operator-leader";
  private static final Map<String, String> LEADER_ELECTION = Map.of(
      "GI_LEADER_ELECTION", "true", "GI_LEASE_NAME", LEASE, "GI_LEASE_NAMESPACE", OpsLab.NAMESPACE);

  @Test
  void aLeaderThatCannotRenewItsLeaseExitsAndTheFollowerTakesOver() throws Exception {
    try (OpsLab lab = OpsLab.start("lost-lease", 1, LeaseAwareKubernetes.start(RepoRoot.crds()));
        GatedProxy partition = new GatedProxy(URI.create(lab.kube().url()).getPort())) {
      partition.open();
      Path throughProxy = kubeconfigThrough(lab, partition);
      Map<String, String> envA = new java.util.HashMap<>(LEADER_ELECTION);
      envA.put("HOSTNAME", "operator-a");
      try (OperatorProcess a = OperatorProcess.start(throughProxy, lab.logFile("operator-a"), envA)) {
        Await.until("operator-a holds the Lease", Duration.ofSeconds(60), () -> "operator-a".equals(holder(lab)));
        try (OperatorProcess b = lab.startOperator("operator-b", LEADER_ELECTION)) {
          partition.cut();

          Await.until("operator-a exits after losing its Lease", Duration.ofSeconds(90), () -> !a.isAlive(),
              a::log);
          assertThat(a.log()).contains("Lost the leader Lease " + LEASE);
          Await.until("operator-b holds the Lease", Duration.ofSeconds(60), () -> "operator-b".equals(holder(lab)));
          assertThat(b.isAlive()).isTrue();
        }
      }
    }
  }

  private static Path kubeconfigThrough(OpsLab lab, GatedProxy proxy) throws Exception {
    Path direct = lab.kube().writeKubeconfig(lab.workDir().resolve("kubeconfig-direct"));
    String text = Files.readString(direct).replace(lab.kube().url().replaceAll("/$", ""),
        "https://127.0.0.1:" + proxy.port());
    return Files.writeString(lab.workDir().resolve("kubeconfig-a"), text);
  }

  private static String holder(OpsLab lab) {
    Lease lease = lab.kube().client().leases().inNamespace(OpsLab.NAMESPACE).withName(LEASE).get();
    return lease == null || lease.getSpec() == null ? null : lease.getSpec().getHolderIdentity();
  }
}
