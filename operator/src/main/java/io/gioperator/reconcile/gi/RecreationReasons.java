package io.gioperator.reconcile.gi;

import io.gioperator.reconcile.model.HostMemory;
import io.gioperator.reconcile.model.Memory;
import io.gioperator.reconcile.model.Recreate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    if (r.requestId() != null) {
      return "Requested";
    }
    String why = r.reason() == null ? "" : r.reason().toLowerCase(Locale.ROOT);
    if (why.contains("corrupt")) {
      return "Corrupted";
    }
    if (why.contains("deleted") || why.contains("not deployed") || why.contains("notdeployed")) {
      return "Deleted";
    }
    if (why.contains("heartbeat")) {
      return "HeartbeatMissing";
    }
    if (why.contains("down")) {
      return "ServiceDown";
    }
    return "PoweredOff";
  }
}
