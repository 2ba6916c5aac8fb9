package io.gioperator.reconcile.model;

import java.util.List;

/**
 * The interoperability matrix of the partner product. An empty list puts no constraint on that
 * side (the CRD is expected to require entries where a product demands them).
 *
 * @param vcenterVersions vCenter version patterns, same syntax as {@link EsxiRule#version()}
 */
public record CompatibilityMatrix(
    List<EsxiRule> esxi, List<String> vcenterVersions, IncompatiblePolicy policy) {

  public CompatibilityMatrix {
    esxi = Values.list(esxi);
    vcenterVersions = Values.list(vcenterVersions);
    policy = policy == null ? IncompatiblePolicy.Skip : policy;
  }

  /** No constraints at all. */
  public static CompatibilityMatrix any() {
    return new CompatibilityMatrix(List.of(), List.of(), IncompatiblePolicy.Skip);
  }
}
