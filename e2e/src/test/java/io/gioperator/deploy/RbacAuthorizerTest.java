package io.gioperator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The RBAC evaluator the chart tests rely on, checked against hand-written bindings. */
class RbacAuthorizerTest {

  private static final Manifests MANIFESTS = Manifests.parse("""
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRole
      metadata: {name: reader}
      rules:
        - apiGroups: [""]
          resources: [configmaps]
          verbs: [get]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: ClusterRoleBinding
      metadata: {name: reader}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
      subjects: [{kind: ServiceAccount, name: op, namespace: sys}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: Role
      metadata: {name: lease, namespace: sys}
      rules:
        - apiGroups: [coordination.k8s.io]
          resources: [leases]
          resourceNames: [my-lease]
          verbs: [get, update]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: lease, namespace: sys}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: lease}
      subjects: [{kind: ServiceAccount, name: op, namespace: sys}]
      ---
      apiVersion: rbac.authorization.k8s.io/v1
      kind: RoleBinding
      metadata: {name: other, namespace: sys}
      roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: lease}
      subjects: [{kind: ServiceAccount, name: someone-else, namespace: sys}]
      """);

  private final RbacAuthorizer op = new RbacAuthorizer(MANIFESTS, "sys", "op");

  @Test
  void aClusterRoleBindingGrantsInEveryNamespace() {
    assertThat(op.allows("get", "", "configmaps", "anywhere")).isTrue();
    assertThat(op.allows("get", "", "configmaps", null)).isTrue();
    assertThat(op.allows("list", "", "configmaps", "anywhere")).isFalse();
  }

  @Test
  void aRoleBindingGrantsOnlyInItsNamespaceAndOnlyTheNamedObjects() {
    assertThat(op.allows(new RbacAuthorizer.Request("get", "coordination.k8s.io", "leases", "sys", "my-lease")))
        .isTrue();
    assertThat(op.allows(new RbacAuthorizer.Request("get", "coordination.k8s.io", "leases", "sys", "other")))
        .isFalse();
    assertThat(op.allows(new RbacAuthorizer.Request("get", "coordination.k8s.io", "leases", "elsewhere",
        "my-lease"))).isFalse();
    assertThat(op.allows("create", "coordination.k8s.io", "leases", "sys")).isFalse();
  }

  @Test
  void bindingsOfOtherSubjectsGrantNothing() {
    RbacAuthorizer other = new RbacAuthorizer(MANIFESTS, "sys", "nobody");
    assertThat(other.allows("get", "", "configmaps", "anywhere")).isFalse();
    assertThat(other.allBoundRules()).isEmpty();
  }

  @Test
  void aWildcardMatchesAnything() {
    Manifests admin = Manifests.parse("""
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata: {name: admin}
        rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: admin}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: admin}
        subjects: [{kind: ServiceAccount, name: op, namespace: sys}]
        """);
    assertThat(new RbacAuthorizer(admin, "sys", "op").allows("delete", "", "secrets", "kube-system")).isTrue();
  }
}
