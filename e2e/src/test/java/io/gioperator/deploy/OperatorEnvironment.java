package io.gioperator.deploy;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.gioperator.app.OperatorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The environment variables the operator process reads, from its own code and resources. */
final class OperatorEnvironment {

  /** Read by logback.xml: json or text. */
  static final String LOG_FORMAT = "GI_LOG_FORMAT";

  /** Read by the operator's vSphere client: the per-vCenter call budget. Set in one place: the chart's env. */
  static final List<String> VSPHERE_CLIENT = List.of("GI_VCENTER_RATE_PER_SECOND", "GI_VCENTER_MAX_CONCURRENT");

  private OperatorEnvironment() {}

  /** The names OperatorConfig declares (its public String constants starting with GI_). */
  static Set<String> operatorConfigNames() {
    Set<String> names = new TreeSet<>();
    for (Field field : OperatorConfig.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          String value = (String) field.get(null);
          if (value.startsWith("GI_")) {
            names.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }

  /** The logging configuration the operator's jar ships. */
  static String logbackXml() {
    try (InputStream in = OperatorConfig.class.getResourceAsStream("/logback.xml")) {
      if (in == null) {
        throw new IllegalStateException("logback.xml is not on the operator's classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The environment a container gets from these EnvVars: plain values as they are, the downward-API namespace
   * as the pod's namespace. Any other valueFrom is unexpected for this operator.
   */
  static Map<String, String> resolve(List<EnvVar> env, String podNamespace) {
    Map<String, String> resolved = new LinkedHashMap<>();
    for (EnvVar var : env) {
      if (var.getValueFrom() == null) {
        resolved.put(var.getName(), var.getValue() == null ? "" : var.getValue());
      } else if (var.getValueFrom().getFieldRef() != null
          && "metadata.namespace".equals(var.getValueFrom().getFieldRef().getFieldPath())) {
        resolved.put(var.getName(), podNamespace);
      } else {
        throw new IllegalArgumentException("unexpected valueFrom for " + var.getName());
      }
    }
    return resolved;
  }

  static boolean readByTheVsphereClientSources(String name) {
    return javaSourcesContaining(name).length > 0;
  }

  private static String[] javaSourcesContaining(String literal) {
    try (var files = java.nio.file.Files.walk(RepoFiles.path("operator/src/main/java"))) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> RepoFiles.read(f).contains("\"" + literal + "\""))
          .map(Object::toString)
          .toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
