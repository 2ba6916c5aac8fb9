package io.gioperator.reconcile.watch;

import io.gioperator.partner.PartnerClient;
import io.gioperator.vsphere.types.MoRef;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What one GuestIntrospection wants watched at its partner solution manager: the registrations of its cluster,
 * read with its own client (its token and trust), judged against its heartbeatTimeout. {@code endpoint} groups the
 * clusters polled by one thread: the manager's scheme, host, port and path, never credentials.
 */
public record PartnerWatchTarget(String endpoint, PartnerClient client, MoRef cluster, Duration heartbeatTimeout) {

  public PartnerWatchTarget {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
  }

  public static PartnerWatchTarget of(URI baseUrl, PartnerClient client, MoRef cluster, Duration heartbeatTimeout) {
    return new PartnerWatchTarget(endpoint(baseUrl), client, cluster, heartbeatTimeout);
  }

  /** The manager's address without any user information a URL might carry. */
  static String endpoint(URI baseUrl) {
    String host = baseUrl.getHost() == null ? "" : baseUrl.getHost();
    String port = baseUrl.getPort() < 0 ? "" : ":" + baseUrl.getPort();
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    return baseUrl.getScheme() + "://" + host + port + path;
  }
}
