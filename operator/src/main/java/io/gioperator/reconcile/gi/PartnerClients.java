package io.gioperator.reconcile.gi;

import io.gioperator.partner.PartnerClient;
import io.gioperator.partner.PartnerClientConfig;
import io.gioperator.partner.PartnerMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One partner client per configuration (URL, token, trust), reused across reconciles; a new token makes a new one. */
public final class PartnerClients {

  private final Map<PartnerClientConfig, PartnerClient> clients = new ConcurrentHashMap<>();
  private final PartnerMetrics metrics;

  public PartnerClients(PartnerMetrics metrics) {
    this.metrics = metrics;
  }

  public PartnerClient get(PartnerClientConfig config) {
    if (config == null) {
      return null;
    }
    if (clients.size() > 64) {
      clients.clear();
    }
    return clients.computeIfAbsent(config, c -> new PartnerClient(c, metrics.observer(c)));
  }
}
