package io.gioperator.e2e.lab;

/** Reading the values of command-line options, with errors that name the option and the accepted range. */
public final class OptionValues {

  private OptionValues() {}

  /** The argument after an option; {@code usage} is appended when it is missing. */
  public static String value(String[] args, int i, String option, String usage) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + usage);
    }
    return args[i];
  }

  /** A whole number within [min, max]. */
  public static int number(String option, String raw, int min, int max) {
    try {
      int n = Integer.parseInt(raw);
      if (n < min || n > max) {
        throw new IllegalArgumentException(option + " " + raw + " is out of range: use " + min + ".." + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " " + raw + " is not a whole number: use " + min + ".." + max);
    }
  }
}
