package io.gioperator.reconcile.inuse;

import io.gioperator.api.v1alpha1.LocalObjectReference;
import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.ConditionStatus;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionSpec;
import io.gioperator.reconcile.status.Conditions;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * In-use protection, decided without I/O. A GuestIntrospection needs its VCenter and PartnerSolution to remove its
 * agency, SVAs and registrations, so one that is deleted together with them ({@code kubectl delete -f dir/}, a
 * namespace deletion, a GitOps prune) would otherwise be left with nothing to clean up with. A VCenter or
 * PartnerSolution being deleted therefore keeps its finalizer while any GuestIntrospection of its namespace still
 * names it, deleting or not, and says so on its Ready condition.
 */
public final class InUse {

  /** Reason on Ready while the deletion waits for the GuestIntrospections that still use the resource. */
  public static final String REASON = "InUse";

  private InUse() {}

  /** The names of the GuestIntrospections whose spec.vcenterRef names {@code vCenter}, sorted. */
  public static List<String> usersOfVCenter(Collection<GuestIntrospection> gis, String vCenter) {
    return users(gis, GuestIntrospectionSpec::getVcenterRef, vCenter);
  }

  /** The names of the GuestIntrospections whose spec.partnerRef names {@code partnerSolution}, sorted. */
  public static List<String> usersOfPartner(Collection<GuestIntrospection> gis, String partnerSolution) {
    return users(gis, GuestIntrospectionSpec::getPartnerRef, partnerSolution);
  }

  /** What the held resource's Ready condition and event say: who holds it, why, and how to release it. */
  public static String message(String kind, String namespace, String name, List<String> users) {
    String who = users.size() == 1 ? "GuestIntrospection " + users.get(0) + " still uses it"
        : "GuestIntrospections " + String.join(", ", users) + " still use it";
    return kind + " " + namespace + "/" + name + " is being deleted but " + who
        + ": a GuestIntrospection needs its " + kind + " to remove its agency, SVAs and registrations, so the "
        + kind + " is deleted once no GuestIntrospection in " + namespace + " refers to it. Delete those first"
        + " (annotate them " + GuestIntrospection.ORPHAN_ON_DELETE_ANNOTATION + "=true to leave vSphere as it is) or point them at"
        + " another " + kind;
  }

  /** The conditions while held: Ready=False with reason InUse, every other condition as it was. */
  public static List<Condition> hold(List<Condition> before, String readyType, String message, long generation,
                                     Instant now) {
    List<Condition> kept = before == null ? List.of()
        : before.stream().filter(c -> !readyType.equals(c.getType())).toList();
    List<Condition> next = new java.util.ArrayList<>();
    kept.forEach(c -> next.add(copy(c)));
    next.add(Conditions.of(readyType, ConditionStatus.FALSE, REASON, message));
    List<Condition> merged = Conditions.merge(before, next, generation, now);
    for (int i = 0; i < kept.size(); i++) {
      // merge stamps the current generation on every condition: the kept ones were not re-evaluated, keep theirs.
      merged.get(i).setObservedGeneration(kept.get(i).getObservedGeneration());
    }
    return merged;
  }

  /** True when {@code conditions} already say the resource is held (so the event is recorded once). */
  public static boolean held(List<Condition> conditions, String readyType) {
    return conditions != null && conditions.stream()
        .anyMatch(c -> readyType.equals(c.getType()) && REASON.equals(c.getReason()));
  }

  private static List<String> users(Collection<GuestIntrospection> gis,
                                    Function<GuestIntrospectionSpec, LocalObjectReference> ref, String name) {
    return gis.stream()
        .filter(gi -> gi.getSpec() != null && ref.apply(gi.getSpec()) != null
            && name.equals(ref.apply(gi.getSpec()).getName()))
        .map(gi -> gi.getMetadata().getName())
        .sorted()
        .toList();
  }

  private static Condition copy(Condition c) {
    Condition out = Conditions.of(c.getType(), c.getStatus(), c.getReason(), c.getMessage());
    out.setLastTransitionTime(c.getLastTransitionTime());
    return out;
  }
}
