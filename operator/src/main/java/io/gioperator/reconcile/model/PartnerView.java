package io.gioperator.reconcile.model;

import java.util.List;

/**
 * What the partner solution manager said about this cluster.
 *
 * @param reachable false when the partner could not be asked; registrations are then unknown
 */
public record PartnerView(boolean reachable, List<PartnerRegistration> registrations) {

  public PartnerView {
    registrations = Values.list(registrations);
  }

  public static PartnerView unreachable() {
    return new PartnerView(false, List.of());
  }

  public static PartnerView none() {
    return new PartnerView(true, List.of());
  }
}
