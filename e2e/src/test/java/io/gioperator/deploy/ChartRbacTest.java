package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chart gives the operator's service account what it needs and nothing more. */
class ChartRbacTest {

  private static final String GROUP = "gi-operator.io";
  private static final List<String> KINDS = List.of("vcenters", "partnersolutions", "guestintrospections");
  private static final String SA = "gi-operator";
  private static final String NS = HelmChart.NAMESPACE;

  private final HelmChart chart = HelmChart.ofRepo();

  @Test
  void byDefaultTheOperatorWorksInEveryNamespace() {
    RbacAuthorizer op = new RbacAuthorizer(chart.render(), NS, SA);

    for (String namespace : List.of("team-a", "vsphere")) {
      assertCanRunTheOperatorIn(op, namespace);
    }
    assertThat(op.allows("list", GROUP, "guestintrospections", null)).as("cluster-wide watch").isTrue();
  }

  @Test
  void withWatchedNamespacesTheOperatorWorksOnlyThere() {
    Manifests manifests = chart.render("watchNamespaces: [team-a, team-b]");
    RbacAuthorizer op = new RbacAuthorizer(manifests, NS, SA);

    assertCanRunTheOperatorIn(op, "team-a");
    assertCanRunTheOperatorIn(op, "team-b");
    for (String elsewhere : List.of("team-c", "kube-system", NS)) {
      assertThat(op.allows("get", "", "secrets", elsewhere)).as("Secrets in " + elsewhere).isFalse();
      assertThat(op.allows("watch", GROUP, "guestintrospections", elsewhere)).as("CRs in " + elsewhere).isFalse();
    }
    assertThat(op.rulesFor(null)).as("nothing is granted cluster-wide").isEmpty();
    assertThat(manifests.all(ClusterRoleBinding.class)).isEmpty();
    assertThat(manifests.find(ClusterRole.class, "gi-operator")).isEmpty();
    assertThat(manifests.all(Role.class)).extracting(r -> r.getMetadata().getNamespace())
        .contains("team-a", "team-b");
  }

  @Test
  void secretsAreReadOnlyAndNothingIsAWildcard() {
    for (String values : List.of("{}", "watchNamespaces: [team-a]")) {
      List<PolicyRule> rules = new RbacAuthorizer(chart.render(values), NS, SA).allBoundRules();
      assertThat(rules).as(values).isNotEmpty();
      for (PolicyRule rule : rules) {
        assertThat(Stream.of(rule.getVerbs(), rule.getResources(), rule.getApiGroups()).flatMap(List::stream))
            .as("wildcards in %s", rule).doesNotContain("*");
        assertThat(rule.getNonResourceURLs()).as("non-resource URLs").isNullOrEmpty();
        if (rule.getResources().contains("secrets")) {
          assertThat(rule.getVerbs()).as("Secret verbs").isSubsetOf("get", "list", "watch");
        }
      }
    }
  }

  @Test
  void theOperatorCannotChangeSecretsNorCreateOrDeleteItsOwnResources() {
    RbacAuthorizer op = new RbacAuthorizer(chart.render(), NS, SA);

    for (String verb : List.of("create", "update", "patch", "delete")) {
      assertThat(op.allows(verb, "", "secrets", "team-a")).as(verb + " secrets").isFalse();
    }
    for (String verb : List.of("create", "delete", "deletecollection")) {
      assertThat(op.allows(verb, GROUP, "guestintrospections", "team-a")).as(verb + " CRs").isFalse();
    }
    assertThat(op.allows("update", "", "configmaps", "team-a")).as("ConfigMaps are read-only").isFalse();
    assertThat(op.allows("get", "", "pods", "team-a")).isFalse();
    assertThat(op.allows("create", "rbac.authorization.k8s.io", "rolebindings", "team-a")).isFalse();
  }

  @Test
  void theLeaseIsTheOnlyOneInTheReleaseNamespaceAndPassesTheStartupCheck() {
    RbacAuthorizer op = new RbacAuthorizer(chart.render("leaderElection: {leaseName: my-lease}"), NS, SA);

    // JOSDK's LeaderElectionManager refuses to start unless create, update and get are granted on the lease.
    assertThat(op.allows("create", "coordination.k8s.io", "leases", NS)).isTrue();
    for (String verb : List.of("get", "update")) {
      assertThat(op.allows(lease(verb, NS, "my-lease"))).as(verb + " own lease").isTrue();
      assertThat(op.allows(lease(verb, NS, "someone-elses-lease"))).as(verb + " other lease").isFalse();
      assertThat(op.allows(lease(verb, "team-a", "my-lease"))).as(verb + " lease elsewhere").isFalse();
    }
    assertThat(op.allows(lease("delete", NS, "my-lease"))).isFalse();
  }

  @Test
  void withoutLeaderElectionThereIsNoLeaseAccess() {
    Manifests manifests = chart.render("leaderElection: {enabled: false}\nreplicas: 1");
    RbacAuthorizer op = new RbacAuthorizer(manifests, NS, SA);

    assertThat(op.allows("create", "coordination.k8s.io", "leases", NS)).isFalse();
  }

  @Test
  void userRolesAggregateIntoTheClusterDefaultsButAreNotBoundToTheOperator() {
    Manifests manifests = chart.render();

    ClusterRole edit = manifests.get(ClusterRole.class, "gi-operator-edit");
    ClusterRole view = manifests.get(ClusterRole.class, "gi-operator-view");
    assertThat(edit.getMetadata().getLabels()).containsEntry("rbac.authorization.k8s.io/aggregate-to-edit", "true");
    assertThat(view.getMetadata().getLabels()).containsEntry("rbac.authorization.k8s.io/aggregate-to-view", "true");
    assertThat(view.getRules()).allSatisfy(r -> assertThat(r.getVerbs()).isSubsetOf("get", "list", "watch"));
    assertThat(Stream.of(edit, view).flatMap(r -> r.getRules().stream()).flatMap(r -> r.getResources().stream()))
        .doesNotContain("secrets");
    assertThat(manifests.all(ClusterRoleBinding.class))
        .noneMatch(b -> Set.of("gi-operator-edit", "gi-operator-view").contains(b.getRoleRef().getName()));
    assertThat(chart.render("rbac: {aggregateToDefaultRoles: false}").find(ClusterRole.class, "gi-operator-edit"))
        .isEmpty();
  }

  private static void assertCanRunTheOperatorIn(RbacAuthorizer op, String namespace) {
    for (String kind : KINDS) {
      for (String verb : List.of("get", "list", "watch", "patch")) {
        assertThat(op.allows(verb, GROUP, kind, namespace)).as(verb + " " + kind + " in " + namespace).isTrue();
      }
      assertThat(op.allows("patch", GROUP, kind + "/status", namespace)).as(kind + " status").isTrue();
      assertThat(op.allows("update", GROUP, kind + "/finalizers", namespace)).as(kind + " finalizers").isTrue();
    }
    for (String verb : List.of("get", "list", "watch")) {
      assertThat(op.allows(verb, "", "secrets", namespace)).as(verb + " secrets in " + namespace).isTrue();
    }
    assertThat(op.allows("get", "", "configmaps", namespace)).as("CA-bundle ConfigMaps in " + namespace).isTrue();
    assertThat(op.allows("update", "", "configmaps", namespace)).as("ConfigMaps are read-only").isFalse();
    assertThat(op.allows("create", "", "events", namespace)).as("events in " + namespace).isTrue();
    assertThat(op.allows("patch", "", "events", namespace)).as("event series in " + namespace).isTrue();
  }

  private static RbacAuthorizer.Request lease(String verb, String namespace, String name) {
    return new RbacAuthorizer.Request(verb, "coordination.k8s.io", "leases", namespace, name);
  }
}
