package io.gioperator.app;

/**
 * Placeholder until the reconcilers are wired: registers no controllers. Replaced when the
 * GuestIntrospection controller lands (it only exists so the module compiles).
 */
final class DefaultControllers {

  private DefaultControllers() {}

  static ControllerSet create() {
    return (operator, context) -> () -> {};
  }
}
