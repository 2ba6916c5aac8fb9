package io.gioperator.reconcile.refs;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was last resolved from a VCenter's or PartnerSolution's Secrets (its vCenter target, its solution manager
 * client settings), per resource uid and in memory only, like the session pool holds its login: removal falls back
 * on it when those Secrets are gone. They are usually deleted in the same breath as the GuestIntrospection (a
 * namespace deletion, {@code kubectl delete -f dir/}), and removal needs the same credentials that deployed. Never
 * written anywhere and never logged; an operator restart forgets it, and removal then reports the missing Secret.
 */
final class LastResolved<T> {

  private static final Logger LOG = LoggerFactory.getLogger(LastResolved.class);

  private final Map<String, T> byUid = new ConcurrentHashMap<>();

  /**
   * Resolves for {@code owner} and remembers the result. When that fails on a reference (a Secret, key or CA
   * bundle gone) and {@code removal} is set, returns what was resolved last instead, if anything.
   */
  T resolve(HasMetadata owner, boolean removal, Supplier<T> resolve) {
    String uid = owner.getMetadata().getUid();
    try {
      T value = resolve.get();
      if (uid != null && value != null) {
        byUid.put(uid, value);
      }
      return value;
    } catch (ReferenceException e) {
      T last = removal && uid != null ? byUid.get(uid) : null;
      if (last == null) {
        throw e;
      }
      LOG.info("{}; removing with what was last read for {} {}/{}", e.getMessage(), owner.getKind(),
          owner.getMetadata().getNamespace(), owner.getMetadata().getName());
      return last;
    }
  }
}
