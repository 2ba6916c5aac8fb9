package io.gioperator.reconcile.gi;

import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.Recreate;
import io.gioperator.reconcile.model.RecreateCause;
import java.util.ArrayList;
import java.util.List;

/** Which re-creations a plan started, labelled with the metric's fixed reason vocabulary. Pure. */
final class RecreationReasons {

  private RecreationReasons() {}

  static List<String> started(Memory before, Memory after) {
    List<String> out = new ArrayList<>();
    after.hosts().forEach((ref, host) -> {
      Recreate now = host.recreate();
      HostMemory prev = before.host(ref);
      Recreate was = prev == null ? null : prev.recreate();
      if (now != null && (was == null || !was.startedAt().equals(now.startedAt()))) {
        out.add(label(now));
      }
    });
    return out;
  }

  static String label(Recreate r) {
    if (r.cause() != null) {
      return r.cause().name();
    }
    return r.requestId() != null ? RecreateCause.Requested.name() : RecreateCause.PoweredOff.name();
  }
}
