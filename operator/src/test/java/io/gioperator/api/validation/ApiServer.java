package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.gioperator.api.validation.FieldError.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Kubernetes API server does with a custom resource of one CRD on create and update, without a cluster:
 * drop nulls and apply defaults, prune (or, with strict field validation as kubectl uses by default, reject)
 * unknown fields, validate against the structural schema, then evaluate the CEL rules, which the API server skips
 * when the object has type errors.
 */
public final class ApiServer {

  /** How unknown fields are treated (the fieldValidation query parameter). */
  public enum FieldValidation {
    /** kubectl's default since 1.27: unknown fields make the request fail. */
    STRICT,
    /** Unknown fields are dropped with a warning. */
    WARN
  }

  private final Crd crd;

  public ApiServer(Crd crd) {
    this.crd = crd;
  }

  public static ApiServer forKind(String kind) {
    return new ApiServer(Crd.of(kind));
  }

  public Result create(JsonNode object) {
    return admit(object, null, FieldValidation.STRICT);
  }

  public Result create(JsonNode object, FieldValidation fieldValidation) {
    return admit(object, null, fieldValidation);
  }

  public Result update(JsonNode oldObject, JsonNode newObject) {
    Result stored = admit(oldObject, null, FieldValidation.STRICT);
    if (!stored.errors().isEmpty()) {
      throw new IllegalArgumentException("the old object would not have been stored: " + stored.errors());
    }
    return admit(newObject, stored.object(), FieldValidation.STRICT);
  }

  private Result admit(JsonNode input, JsonNode oldObject, FieldValidation fieldValidation) {
    JsonNode object = input.deepCopy();
    List<FieldError> errors = new ArrayList<>();
    String apiVersion = object.path("apiVersion").asText();
    String kind = object.path("kind").asText();
    if (!apiVersion.equals(crd.apiVersion()) || !kind.equals(crd.kind())) {
      errors.add(new FieldError("", Type.INVALID, "expected " + crd.apiVersion() + " " + crd.kind() + ", got "
          + apiVersion + " " + kind));
      return new Result(object, errors, List.of());
    }
    JsonNode schema = crd.schema();
    Defaulting.apply(schema, object);
    List<String> unknown = Pruning.prune(schema, object);
    if (fieldValidation == FieldValidation.STRICT) {
      unknown.forEach(path -> errors.add(new FieldError(path, Type.UNKNOWN_FIELD, "unknown field \"" + path + "\"")));
    }
    errors.addAll(SchemaValidation.validate(schema, object));
    if (errors.stream().anyMatch(e -> e.type() == Type.TYPE_INVALID)) {
      errors.add(new FieldError("", Type.INTERNAL, "some validation rules were not checked because the object was "
          + "invalid; correct the existing errors to complete validation"));
    } else {
      errors.addAll(CelValidation.validate(schema, object, oldObject));
    }
    return new Result(object, errors, unknown);
  }

  /** The object as it would be stored (defaulted, pruned), the errors that reject it, and the pruned fields. */
  public record Result(JsonNode object, List<FieldError> errors, List<String> prunedFields) {

    public boolean accepted() {
      return errors.isEmpty();
    }
  }
}
