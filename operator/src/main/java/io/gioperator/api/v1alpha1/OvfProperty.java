package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * One OVF property: a literal value, or a value read from a Secret (never put secrets in the custom resource).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "has(self.value) != has(self.valueFrom)",
    message = "exactly one of value or valueFrom must be set")
public class OvfProperty {

  @JsonPropertyDescription("OVF property key as the OVF declares it (e.g. dsm.address).")
  @Required
  @Size(min = 1, max = 256)
  @Pattern(Patterns.OVF_PROPERTY_KEY)
  private String key;

  @JsonPropertyDescription("Literal value. Not for secrets: use valueFrom.")
  @Size(max = 4096)
  private String value;

  @JsonPropertyDescription("Read the value from a Secret key.")
  private OvfPropertySource valueFrom;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public OvfPropertySource getValueFrom() {
    return valueFrom;
  }

  public void setValueFrom(OvfPropertySource valueFrom) {
    this.valueFrom = valueFrom;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof OvfProperty that
        && Objects.equals(key, that.key)
        && Objects.equals(value, that.value)
        && Objects.equals(valueFrom, that.valueFrom));
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, value, valueFrom);
  }
}
