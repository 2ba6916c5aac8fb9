package io.gioperator.api.v1alpha1;

import java.time.Duration;
import java.util.regex.Matcher;

/**
 * Durations as the custom resources write them: one or more number-unit pairs with units h, m, s, ms, e.g. 90s,
 * 5m, 1h30m. It is the subset of Go's duration syntax without fractions or signs, so the API server's CEL
 * {@code duration()} reads the same strings.
 */
public final class DurationString {

  /** The schema pattern of a duration. */
  public static final String PATTERN = "^([0-9]+(ms|s|m|h))+$";

  /** CEL rule for a duration field: at least one minute (guarded so a malformed value reports only the pattern). */
  public static final String AT_LEAST_ONE_MINUTE =
      "!self.matches('" + PATTERN + "') || duration(self) >= duration('1m')";

  private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile(PATTERN);
  private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("([0-9]+)(ms|s|m|h)");

  private DurationString() {}

  /**
   * Parses a duration such as {@code 1h30m}.
   *
   * @throws IllegalArgumentException if the text is not a duration or does not fit in a {@link Duration}
   */
  public static Duration parse(String text) {
    if (text == null || !WHOLE.matcher(text).matches()) {
      throw new IllegalArgumentException("not a duration (expected e.g. 90s, 5m, 1h30m): " + text);
    }
    Duration total = Duration.ZERO;
    Matcher part = PART.matcher(text);
    try {
      while (part.find()) {
        long amount = Long.parseLong(part.group(1));
        total = total.plus(switch (part.group(2)) {
          case "h" -> Duration.ofHours(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "ms" -> Duration.ofMillis(amount);
          default -> throw new IllegalStateException("unit " + part.group(2));
        });
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("duration too large: " + text, e);
    }
    return total;
  }

  /**
   * Formats a duration the way {@link #parse} reads it, largest units first (e.g. PT1H30M -> 1h30m). Parts below a
   * millisecond are dropped.
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration: " + duration);
    }
    if (duration.isZero()) {
      return "0s";
    }
    StringBuilder out = new StringBuilder();
    append(out, duration.toHours(), "h");
    append(out, duration.toMinutesPart(), "m");
    append(out, duration.toSecondsPart(), "s");
    append(out, duration.toMillisPart(), "ms");
    if (out.isEmpty()) {
      throw new IllegalArgumentException("duration finer than a millisecond: " + duration);
    }
    return out.toString();
  }

  private static void append(StringBuilder out, long amount, String unit) {
    if (amount > 0) {
      out.append(amount).append(unit);
    }
  }
}
