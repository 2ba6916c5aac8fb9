package io.gioperator.reconcile.model;

/**
 * One row of the ESXi side of the matrix.
 *
 * @param version an exact version ({@code 8.0.2}) or a pattern with {@code *} segments
 *     ({@code 8.0.*}); a trailing {@code *} matches any remaining segments
 * @param minBuild lowest allowed build, inclusive; null = no lower bound
 * @param maxBuild highest allowed build, inclusive; null = no upper bound
 */
public record EsxiRule(String version, Long minBuild, Long maxBuild) {

  public EsxiRule {
    version = Values.text(version);
  }

  public static EsxiRule of(String version) {
    return new EsxiRule(version, null, null);
  }
}
