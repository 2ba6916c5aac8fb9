package io.gioperator.app;

import io.javaoperatorsdk.operator.Operator;

/** Registers a group of controllers with the operator; resources they own are closed with the app. */
@FunctionalInterface
public interface ControllerSet {

  /** Registers controllers and returns what must be closed on shutdown (sessions, watchers, pools). */
  AutoCloseable register(Operator operator, AppContext context);
}
