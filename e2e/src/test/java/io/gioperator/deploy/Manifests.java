package io.gioperator.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Optional;

/** Rendered manifests as fabric8 model objects, with look-ups by type and name. */
record Manifests(List<HasMetadata> objects) {

  static Manifests parse(String yaml) {
    if (YamlDocs.read(yaml).isEmpty()) {
      return new Manifests(List.of());
    }
    Object parsed = Serialization.unmarshal(yaml);
    if (parsed instanceof List<?> list) {
      return new Manifests(list.stream().map(HasMetadata.class::cast).toList());
    }
    if (parsed instanceof HasMetadata one) {
      return new Manifests(List.of(one));
    }
    throw new IllegalArgumentException("not Kubernetes objects: " + parsed);
  }

  <T extends KubernetesResource> List<T> all(Class<T> type) {
    return objects.stream().filter(type::isInstance).map(type::cast).toList();
  }

  <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
    return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
  }

  <T extends HasMetadata> T get(Class<T> type, String name) {
    return find(type, name).orElseThrow(() -> new AssertionError(
        "no " + type.getSimpleName() + " named " + name + " in " + kindsAndNames()));
  }

  /** Objects of a kind that has no fabric8 model class here (ServiceMonitor, PrometheusRule). */
  List<HasMetadata> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.getKind())).toList();
  }

  Deployment deployment() {
    List<Deployment> deployments = all(Deployment.class);
    if (deployments.size() != 1) {
      throw new AssertionError("expected one Deployment, found " + deployments.size());
    }
    return deployments.get(0);
  }

  Container operatorContainer() {
    return deployment().getSpec().getTemplate().getSpec().getContainers().stream()
        .filter(c -> "operator".equals(c.getName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container named operator"));
  }

  List<String> kindsAndNames() {
    return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
  }
}
