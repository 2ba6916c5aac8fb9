package io.gioperator.api.validation;

/** Field paths as the API server prints them: spec.placement.datastores[0]. */
final class Paths {

  private Paths() {}

  static String child(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  static String key(String parent, String key) {
    return parent + "[" + key + "]";
  }
}
