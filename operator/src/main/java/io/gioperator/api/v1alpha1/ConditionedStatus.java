package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Min;
import io.gioperator.api.crd.SchemaPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the status of every kind in this API starts with: the generation the operator last acted on and the
 * conditions, a list keyed by type (kstatus reads both).
 *
 * <p>The conditions field has no description here because each kind has its own condition types: a subclass
 * overrides {@link #getConditions()} only to put its {@code @JsonPropertyDescription} on it (the CRD generator reads
 * the annotation from the getter). CrdStructureTest fails if one forgets.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"conditions": {"x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["type"]}}}""")
public abstract class ConditionedStatus {

  @JsonPropertyDescription("The .metadata.generation last acted on.")
  @Min(0)
  private Long observedGeneration;

  private List<Condition> conditions = new ArrayList<>();

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  /** Overridden by each kind to describe its condition types; see the class comment. */
  public List<Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<Condition> conditions) {
    this.conditions = conditions;
  }

  /** Equal base fields and the same concrete class; subclasses add their own fields. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ConditionedStatus that
        && getClass() == that.getClass()
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(conditions, that.conditions));
  }

  @Override
  public int hashCode() {
    return Objects.hash(observedGeneration, conditions);
  }
}
