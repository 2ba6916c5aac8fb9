package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Min;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Host totals of the cluster.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class HostCounts {

  @JsonPropertyDescription("Hosts in the cluster.")
  @Min(0)
  private Integer total = 0;

  @JsonPropertyDescription("Hosts the operator manages.")
  @Min(0)
  private Integer inScope = 0;

  @JsonPropertyDescription("Hosts in step Ready.")
  @Min(0)
  private Integer ready = 0;

  @JsonPropertyDescription("Hosts per step (only steps with hosts are listed).")
  private Map<String, Integer> byStep = new LinkedHashMap<>();

  public Integer getTotal() {
    return total;
  }

  public void setTotal(Integer total) {
    this.total = total;
  }

  public Integer getInScope() {
    return inScope;
  }

  public void setInScope(Integer inScope) {
    this.inScope = inScope;
  }

  public Integer getReady() {
    return ready;
  }

  public void setReady(Integer ready) {
    this.ready = ready;
  }

  public Map<String, Integer> getByStep() {
    return byStep;
  }

  public void setByStep(Map<String, Integer> byStep) {
    this.byStep = byStep;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof HostCounts that
        && Objects.equals(total, that.total)
        && Objects.equals(inScope, that.inScope)
        && Objects.equals(ready, that.ready)
        && Objects.equals(byStep, that.byStep));
  }

  @Override
  public int hashCode() {
    return Objects.hash(total, inScope, ready, byStep);
  }
}
