package io.gioperator.reconcile.plan;

/**
 * Version patterns of the compatibility matrix: dot-separated segments compared literally; a
 * {@code *} segment matches any one segment, and a trailing {@code *} matches any number of
 * remaining segments ({@code 8.0.*} matches {@code 8.0}, {@code 8.0.2} and {@code 8.0.2.1};
 * {@code *} matches everything).
 */
final class VersionPattern {

  private VersionPattern() {}

  static boolean matches(String pattern, String version) {
    if (pattern == null || version == null) {
      return false;
    }
    String[] want = pattern.strip().split("\\.");
    String[] have = version.strip().split("\\.");
    for (int i = 0; i < want.length; i++) {
      boolean last = i == want.length - 1;
      if (last && want[i].equals("*")) {
        return true;
      }
      if (i >= have.length) {
        return false;
      }
      if (!want[i].equals("*") && !want[i].equals(have[i])) {
        return false;
      }
    }
    return have.length == want.length;
  }
}
