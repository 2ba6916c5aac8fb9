package io.gioperator.reconcile.act;

import io.gioperator.reconcile.model.Action;
import java.util.List;

/** What the act layer did: the actions that succeeded, and the one that failed (the rest was skipped). */
public record ActResult(List<Action> done, Action failed, String failureReason, String failureMessage) {
  public ActResult {
    done = List.copyOf(done);
  }

  /** Not a failure of vCenter: the session was replaced (credentials or trust changed) under the action. */
  public static final String SESSION_REPLACED = "SessionReplaced";

  public boolean ok() {
    return failed == null;
  }

  /** The action did not run to the end because its session was replaced: repeat it, report nothing. */
  public boolean superseded() {
    return SESSION_REPLACED.equals(failureReason);
  }
}
