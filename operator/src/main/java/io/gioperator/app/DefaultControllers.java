package io.gioperator.app;

/** The controllers the operator process runs. Filled by the reconcile work; empty until then. */
public final class DefaultControllers {

  private DefaultControllers() {}

  public static ControllerSet create() {
    return (operator, context) -> () -> { };
  }
}
