package io.gioperator.api.v1alpha1;

/** The API group and version of gi-operator's custom resources. */
public final class ApiGroup {

  /** API group of all gi-operator custom resources. */
  public static final String NAME = "gi-operator.io";

  /** This package's API version. */
  public static final String VERSION = "v1alpha1";

  /** The apiVersion field of objects of this version. */
  public static final String API_VERSION = NAME + "/" + VERSION;

  private ApiGroup() {}
}
