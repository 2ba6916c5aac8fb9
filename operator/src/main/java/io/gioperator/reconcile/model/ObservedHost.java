package io.gioperator.reconcile.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A host of the cluster as vim25 reports it.
 *
 * @param esxiVersion {@code config.product.version}, e.g. {@code 8.0.2}
 * @param esxiBuild {@code config.product.build}, e.g. {@code 22380479}
 * @param bootTime {@code runtime.bootTime}: how a requested reboot is seen to have happened
 */
public record ObservedHost(
    String ref,
    String name,
    String esxiVersion,
    String esxiBuild,
    HostConnection connection,
    boolean inMaintenanceMode,
    Instant bootTime) {

  public ObservedHost {
    ref = Objects.requireNonNull(Values.text(ref), "ref");
    name = name == null ? ref : name;
    esxiVersion = Values.text(esxiVersion);
    esxiBuild = Values.text(esxiBuild);
    connection = connection == null ? HostConnection.CONNECTED : connection;
  }

  public boolean connected() {
    return connection == HostConnection.CONNECTED;
  }

  /** {@code 8.0.2 build 22380479}, for messages. */
  public String versionText() {
    return (esxiVersion == null ? "unknown version" : esxiVersion)
        + " build " + (esxiBuild == null ? "unknown" : esxiBuild);
  }
}
