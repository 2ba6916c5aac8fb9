package io.gioperator.e2e.demo;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shipped examples (deploy/examples), pointed at a running simulator: the vCenter and solution-manager URLs
 * become the simulator's, and the CA bundle ConfigMap receives the simulator's certificate, so TLS is verified
 * exactly as a platform team's would be. With more than one cluster, the GuestIntrospection is copied per cluster.
 */
public final class ExampleManifests {

  private ExampleManifests() {}

  /** Everything in {@code dir}, in file order, with the simulator's endpoints and certificate filled in. */
  public static List<HasMetadata> forSimulator(KubernetesClient client, Path dir, SimulatorEndpoints sim,
      int clusters) {
    return forClusters(client, dir, sim, java.util.stream.IntStream.rangeClosed(1, clusters).boxed().toList());
  }

  /**
   * The examples for a namespace of their own: everything moved to {@code namespace} (the Namespace object itself
   * is left out), one GuestIntrospection {@code cluster-NN} for the simulator's {@code Cluster-NN}.
   */
  public static List<HasMetadata> inNamespace(KubernetesClient client, Path dir, SimulatorEndpoints sim,
      String namespace, int cluster) {
    List<HasMetadata> out = new ArrayList<>();
    for (HasMetadata item : forClusters(client, dir, sim, List.of(cluster))) {
      if (!"Namespace".equals(item.getKind())) {
        item.getMetadata().setNamespace(namespace);
        out.add(item);
      }
    }
    return out;
  }

  private static List<HasMetadata> forClusters(KubernetesClient client, Path dir, SimulatorEndpoints sim,
      List<Integer> clusters) {
    List<HasMetadata> out = new ArrayList<>();
    for (HasMetadata loaded : load(client, dir)) {
      HasMetadata item = asGenericIfOurs(client, loaded);
      if (item instanceof GenericKubernetesResource generic) {
        rewrite(generic, sim);
        if ("GuestIntrospection".equals(generic.getKind())) {
          for (int c : clusters) {
            out.add(forCluster(client, generic, c));
          }
          continue;
        }
      }
      if (item.getKind().equals("ConfigMap") && item.getMetadata().getName().equals("lab-ca-bundle")) {
        ((io.fabric8.kubernetes.api.model.ConfigMap) item).setData(Map.of("ca.crt", sim.certificatePem()));
      }
      out.add(item);
    }
    return out;
  }

  static List<HasMetadata> load(KubernetesClient client, Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<HasMetadata> items = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          items.addAll(client.load(in).items());
        }
      }
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the examples in " + dir, e);
    }
  }

  /** Our kinds are edited as plain maps, whether or not the client knows their Java classes. */
  private static HasMetadata asGenericIfOurs(KubernetesClient client, HasMetadata item) {
    if (item instanceof GenericKubernetesResource || !item.getApiVersion().startsWith("gi-operator.io/")) {
      return item;
    }
    var serialization = client.getKubernetesSerialization();
    return serialization.unmarshal(serialization.asJson(item), GenericKubernetesResource.class);
  }

  @SuppressWarnings("unchecked")
  private static void rewrite(GenericKubernetesResource resource, SimulatorEndpoints sim) {
    Map<String, Object> spec = (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    switch (resource.getKind()) {
      case "VCenter" -> spec.put("server", sim.vcenterBaseUrl());
      case "PartnerSolution" -> {
        Map<String, Object> manager = (Map<String, Object>) spec.get("solutionManager");
        if (manager != null) {
          manager.put("url", sim.partnerUrl());
        }
      }
      default -> { }
    }
  }

  @SuppressWarnings("unchecked")
  private static HasMetadata forCluster(KubernetesClient client, GenericKubernetesResource template, int index) {
    String suffix = String.format("%02d", index);
    GenericKubernetesResource copy = client.getKubernetesSerialization()
        .clone(template);
    copy.getMetadata().setName("cluster-" + suffix);
    Map<String, Object> spec = (Map<String, Object>) copy.getAdditionalProperties().get("spec");
    spec.put("cluster", "/DC1/host/Cluster-" + suffix);
    Map<String, Object> placement = (Map<String, Object>) spec.get("placement");
    if (placement != null) {
      placement.put("datastores", List.of("vsanDatastore-" + suffix));
      placement.put("resourcePool", "/DC1/host/Cluster-" + suffix + "/Resources");
    }
    return copy;
  }

  /** What the examples need to know of the simulator. */
  public record SimulatorEndpoints(String vcenterBaseUrl, String partnerUrl, String certificatePem) {}
}
