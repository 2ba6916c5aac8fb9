package io.gioperator.api.validation;

/**
 * One validation error, as the API server reports it: the field path (e.g. {@code spec.tls.thumbprint} or
 * {@code spec.remediations[1].id}), the kind of error and the message.
 */
public record FieldError(String path, Type type, String message) {

  /** The error types of k8s.io/apimachinery field.ErrorType that CRD validation produces. */
  public enum Type {
    REQUIRED("Required value"),
    INVALID("Invalid value"),
    TYPE_INVALID("Invalid value"),
    NOT_SUPPORTED("Unsupported value"),
    TOO_LONG("Too long"),
    TOO_MANY("Too many"),
    DUPLICATE("Duplicate value"),
    UNKNOWN_FIELD("unknown field"),
    INTERNAL("Internal error");

    private final String text;

    Type(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  @Override
  public String toString() {
    return path + ": " + type.text() + ": " + message;
  }
}
