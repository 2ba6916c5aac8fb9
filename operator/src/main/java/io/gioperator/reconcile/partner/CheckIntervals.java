package io.gioperator.reconcile.partner;

import java.time.Duration;
import java.util.Objects;

/**
 * How soon a PartnerSolution is checked again: {@code healthy} while its solution manager answers (or none is
 * configured), {@code failing} after any failed check, so that a manager that comes back is seen within one
 * {@code failing} interval however long {@code healthy} is.
 */
public record CheckIntervals(Duration healthy, Duration failing) {

  public CheckIntervals {
    Objects.requireNonNull(healthy, "healthy");
    Objects.requireNonNull(failing, "failing");
    if (healthy.isNegative() || healthy.isZero() || failing.isNegative() || failing.isZero()) {
      throw new IllegalArgumentException("check intervals must be positive");
    }
  }
}
