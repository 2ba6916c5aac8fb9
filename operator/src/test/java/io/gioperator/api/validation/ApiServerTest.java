package io.gioperator.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The test-side API server itself, on a small CRD written here, so the CRD tests rest on checked behaviour. */
class ApiServerTest {

  private static final Crd CRD = new Crd(Path.of("inline"), Yaml.object("""
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      spec:
        group: test.io
        names: {kind: Thing}
        versions:
        - name: v1
          schema:
            openAPIV3Schema:
              type: object
              properties:
                spec:
                  type: object
                  properties:
                    name:
                      type: string
                      x-kubernetes-validations:
                      - {rule: "self == oldSelf", message: immutable}
                    policy:
                      type: object
                      default: {}
                      properties:
                        limit: {type: integer, default: 3, minimum: 1, exclusiveMinimum: true}
                        note: {type: string, nullable: true}
                    items:
                      type: array
                      x-kubernetes-list-type: map
                      x-kubernetes-list-map-keys: [id]
                      items:
                        type: object
                        required: [id]
                        properties:
                          id: {type: string}
                          size:
                            type: integer
                            x-kubernetes-validations:
                            - {rule: "self >= oldSelf", message: may only grow}
                    atomic:
                      type: array
                      items:
                        type: object
                        properties:
                          size:
                            type: integer
                            x-kubernetes-validations:
                            - {rule: "self >= oldSelf", message: may only grow}
                    tags:
                      type: array
                      x-kubernetes-list-type: set
                      items: {type: string}
                    labels:
                      type: object
                      additionalProperties: {type: string, maxLength: 3}
                    raw:
                      type: object
                      x-kubernetes-preserve-unknown-fields: true
                    ratio:
                      type: number
                      x-kubernetes-validations:
                      - {rule: "self.missing > 0", message: never}
      """));

  private final ApiServer api = new ApiServer(CRD);

  private static ObjectNode thing(String spec) {
    return Yaml.object("{apiVersion: test.io/v1, kind: Thing, metadata: {name: t}, spec: " + spec + "}");
  }

  @Test
  void defaultsApplyInsideDefaultedObjectsAndNullsOfNonNullableFieldsAreDropped() {
    JsonNode stored = api.create(thing("{name: a, policy: null}")).object();
    assertThat(stored.path("spec").path("policy").path("limit").asInt()).isEqualTo(3);

    JsonNode keptNull = api.create(thing("{policy: {note: null}}")).object();
    assertThat(keptNull.path("spec").path("policy").has("note")).isTrue();
  }

  @Test
  void exclusiveMinimumExcludesTheBound() {
    ApiServer.Result result = api.create(thing("{policy: {limit: 1}}"));
    assertThat(result.errors()).extracting(FieldError::toString)
        .containsExactly("spec.policy.limit: Invalid value: 1: spec.policy.limit in body should be greater than 1");
  }

  @Test
  void unknownFieldsArePrunedExceptUnderPreserveUnknownFieldsAndMaps() {
    ApiServer.Result result = api.create(thing("{extra: 1, raw: {anything: [1]}, labels: {a: b}}"),
        ApiServer.FieldValidation.WARN);
    assertThat(result.prunedFields()).containsExactly("spec.extra");
    assertThat(result.object().path("spec").path("raw").path("anything").isArray()).isTrue();
    assertThat(result.object().path("spec").path("labels").path("a").asText()).isEqualTo("b");
  }

  @Test
  void mapValuesAreValidatedByAdditionalProperties() {
    assertThat(api.create(thing("{labels: {a: toolong}}")).errors()).extracting(FieldError::path)
        .containsExactly("spec.labels[a]");
  }

  @Test
  void setsAndMapListsRejectDuplicates() {
    assertThat(api.create(thing("{tags: [a, b, a]}")).errors()).extracting(FieldError::path, FieldError::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("spec.tags[2]", FieldError.Type.DUPLICATE));
    assertThat(api.create(thing("{items: [{id: x, size: 1}, {id: x, size: 2}]}")).errors())
        .extracting(FieldError::path).containsExactly("spec.items[1]");
  }

  @Test
  void transitionRulesAreSkippedOnCreateAndCheckedOnUpdate() {
    assertThat(api.create(thing("{name: a}")).errors()).isEmpty();
    assertThat(api.update(thing("{name: a}"), thing("{name: a}")).errors()).isEmpty();
    assertThat(api.update(thing("{name: a}"), thing("{name: b}")).errors()).extracting(FieldError::toString)
        .containsExactly("spec.name: Invalid value: \"string\": immutable");
  }

  @Test
  void transitionRulesFindOldItemsOfMapListsByKeyButNotOfAtomicLists() {
    ObjectNode old = thing("{items: [{id: x, size: 5}, {id: y, size: 5}], atomic: [{size: 5}]}");
    ObjectNode shrunk = thing("{items: [{id: y, size: 5}, {id: x, size: 4}], atomic: [{size: 4}]}");
    assertThat(api.update(old, shrunk).errors()).extracting(FieldError::path).containsExactly("spec.items[1].size");
    ObjectNode newItem = thing("{items: [{id: z, size: 1}]}");
    assertThat(api.update(old, newItem).errors()).isEmpty();
  }

  @Test
  void typeErrorsStopRuleEvaluation() {
    ApiServer.Result result = api.update(thing("{name: a}"), thing("{name: 1}"));
    assertThat(result.errors()).extracting(FieldError::type)
        .containsExactly(FieldError.Type.TYPE_INVALID, FieldError.Type.INTERNAL);
  }

  @Test
  void ruleEvaluationErrorsAreReportedAtTheRule() {
    ApiServer.Result result = api.create(thing("{ratio: 2.5}"));
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.path()).isEqualTo("spec.ratio");
      assertThat(error.message()).contains("evaluating rule");
    });
  }

  @Test
  void objectsOfAnotherKindAreRefused() {
    assertThat(api.create(Yaml.object("{apiVersion: test.io/v2, kind: Thing}")).accepted()).isFalse();
  }
}
