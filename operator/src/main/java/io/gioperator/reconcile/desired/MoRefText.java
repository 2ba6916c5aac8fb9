package io.gioperator.reconcile.desired;

import io.gioperator.vsphere.types.MoRef;

/**
 * How managed-object references are written in the planner's model. Placement references in an agency config
 * keep their type ({@code Datastore:datastore-12}, a network may be a {@code DistributedVirtualPortgroup});
 * hosts, VMs, agents and the agency are plain values because their type is implied.
 */
public final class MoRefText {

  private MoRefText() {}

  public static String typed(MoRef ref) {
    return ref == null ? null : ref.type() + ":" + ref.value();
  }

  public static MoRef parseTyped(String text) {
    if (text == null) {
      return null;
    }
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("not a typed moref: " + text);
    }
    return MoRef.of(text.substring(0, colon), text.substring(colon + 1));
  }

  public static String value(MoRef ref) {
    return ref == null ? null : ref.value();
  }

  public static MoRef host(String value) {
    return MoRef.of("HostSystem", value);
  }

  public static MoRef vm(String value) {
    return MoRef.of("VirtualMachine", value);
  }

  public static MoRef agency(String value) {
    return MoRef.of("Agency", value);
  }
}
