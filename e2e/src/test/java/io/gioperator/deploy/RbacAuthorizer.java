package io.gioperator.deploy;

import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers "may this service account do that?" from the RBAC objects of a manifest, with the API server's rules:
 * a ClusterRoleBinding grants its ClusterRole everywhere, a RoleBinding grants its Role (or ClusterRole) in its
 * own namespace only, and a rule matches when verb, API group, resource and (if listed) the object name match.
 */
final class RbacAuthorizer {

  /** One request as the API server sees it; namespace null for cluster-scoped, name null for create and list. */
  record Request(String verb, String group, String resource, String namespace, String name) {}

  private final Manifests manifests;
  private final String serviceAccountNamespace;
  private final String serviceAccountName;

  RbacAuthorizer(Manifests manifests, String serviceAccountNamespace, String serviceAccountName) {
    this.manifests = manifests;
    this.serviceAccountNamespace = serviceAccountNamespace;
    this.serviceAccountName = serviceAccountName;
  }

  boolean allows(Request request) {
    return rulesFor(request.namespace()).stream().anyMatch(rule -> matches(rule, request));
  }

  boolean allows(String verb, String group, String resource, String namespace) {
    return allows(new Request(verb, group, resource, namespace, null));
  }

  /** Every rule that applies to the service account in a namespace (null: only cluster-wide grants). */
  List<PolicyRule> rulesFor(String namespace) {
    List<PolicyRule> rules = new ArrayList<>();
    for (ClusterRoleBinding binding : manifests.all(ClusterRoleBinding.class)) {
      if (bindsServiceAccount(binding.getSubjects())) {
        rules.addAll(clusterRoleRules(binding.getRoleRef()));
      }
    }
    if (namespace != null) {
      for (RoleBinding binding : manifests.all(RoleBinding.class)) {
        if (namespace.equals(binding.getMetadata().getNamespace()) && bindsServiceAccount(binding.getSubjects())) {
          RoleRef ref = binding.getRoleRef();
          rules.addAll("ClusterRole".equals(ref.getKind()) ? clusterRoleRules(ref) : roleRules(ref, namespace));
        }
      }
    }
    return rules;
  }

  /** Every rule of every role bound to the service account, wherever it applies. */
  List<PolicyRule> allBoundRules() {
    List<PolicyRule> rules = new ArrayList<>(rulesFor(null));
    manifests.all(RoleBinding.class).stream()
        .map(b -> b.getMetadata().getNamespace())
        .distinct()
        .forEach(ns -> rules.addAll(rulesFor(ns)));
    return rules;
  }

  static boolean matches(PolicyRule rule, Request request) {
    return contains(rule.getVerbs(), request.verb())
        && contains(rule.getApiGroups(), request.group())
        && contains(rule.getResources(), request.resource())
        && (rule.getResourceNames() == null || rule.getResourceNames().isEmpty()
            || (request.name() != null && rule.getResourceNames().contains(request.name())));
  }

  private static boolean contains(List<String> values, String value) {
    return values != null && (values.contains(value) || values.contains("*"));
  }

  private boolean bindsServiceAccount(List<Subject> subjects) {
    return subjects != null && subjects.stream().anyMatch(s -> "ServiceAccount".equals(s.getKind())
        && serviceAccountName.equals(s.getName()) && serviceAccountNamespace.equals(s.getNamespace()));
  }

  private List<PolicyRule> clusterRoleRules(RoleRef ref) {
    return manifests.all(ClusterRole.class).stream()
        .filter(r -> r.getMetadata().getName().equals(ref.getName()))
        .flatMap(r -> r.getRules().stream())
        .toList();
  }

  private List<PolicyRule> roleRules(RoleRef ref, String namespace) {
    return manifests.all(Role.class).stream()
        .filter(r -> r.getMetadata().getName().equals(ref.getName())
            && Objects.equals(namespace, r.getMetadata().getNamespace()))
        .flatMap(r -> r.getRules().stream())
        .toList();
  }
}
