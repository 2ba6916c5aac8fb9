package io.gioperator.reconcile.act;

import io.gioperator.reconcile.model.Action;
import java.util.List;

/** What the act layer did: the actions that succeeded, and the one that failed (the rest was skipped). */
public record ActResult(List<Action> done, Action failed, String failureReason, String failureMessage) {
  public ActResult {
    done = List.copyOf(done);
  }

  public boolean ok() {
    return failed == null;
  }
}
