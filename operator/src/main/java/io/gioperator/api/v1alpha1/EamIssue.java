package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * An open issue EAM reports for a host's agent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class EamIssue {

  @JsonPropertyDescription("Issue type as EAM names it (e.g. VmNotDeployed, OvfInvalidProperty, "
      + "VibRequiresHostInMaintenanceMode).")
  @Required
  private String type;

  @JsonPropertyDescription("EAM's key of the issue (used to resolve it).")
  @Required
  private Integer key;

  @JsonPropertyDescription("EAM's description of the issue.")
  @Size(max = 4096)
  private String text;

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Integer getKey() {
    return key;
  }

  public void setKey(Integer key) {
    this.key = key;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof EamIssue that
        && Objects.equals(type, that.type)
        && Objects.equals(key, that.key)
        && Objects.equals(text, that.text));
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, key, text);
  }
}
