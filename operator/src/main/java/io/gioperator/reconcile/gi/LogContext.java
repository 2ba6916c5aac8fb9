package io.gioperator.reconcile.gi;

import io.gioperator.api.v1alpha1.GuestIntrospection;
import org.slf4j.MDC;

/** Puts the resource (namespace/name) and its vSphere cluster on every log line of one reconcile. */
final class LogContext implements AutoCloseable {

  static final String RESOURCE = "resource";
  static final String CLUSTER = "cluster";

  private LogContext() {}

  static LogContext of(GuestIntrospection gi) {
    MDC.put(RESOURCE, gi.getMetadata().getNamespace() + "/" + gi.getMetadata().getName());
    if (gi.getSpec() != null && gi.getSpec().getCluster() != null) {
      MDC.put(CLUSTER, gi.getSpec().getCluster());
    }
    return new LogContext();
  }

  @Override
  public void close() {
    MDC.remove(RESOURCE);
    MDC.remove(CLUSTER);
  }
}
