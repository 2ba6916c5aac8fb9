package io.gioperator.reconcile.desired;

/**
 * The deterministic agency name of a GuestIntrospection. The observe layer finds the agency by this name, so a
 * crash between CreateAgency and the status write never leads to a second agency: the next reconcile adopts it.
 */
public final class AgencyNames {

  public static final String PREFIX = "gi-operator/";

  private AgencyNames() {}

  public static String of(String namespace, String name) {
    return PREFIX + namespace + "/" + name;
  }
}
