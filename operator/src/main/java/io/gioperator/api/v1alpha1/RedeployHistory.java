package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.crdv2.generator.v1.SchemaCustomizer;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Size;
import io.gioperator.api.crd.SchemaPatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Re-creations of one host's SVA. Kept in status so the per-hour budget survives operator restarts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@SchemaCustomizer(value = SchemaPatch.class, input = """
    {"properties": {"recent": {"items": {"format": "date-time"}}}}""")
public class RedeployHistory {

  @JsonPropertyDescription("Re-creations since the host joined this GuestIntrospection.")
  @Min(0)
  private Integer count = 0;

  @JsonPropertyDescription("Times (RFC 3339) of the re-creations in the last hour, oldest first.")
  @Size(max = 64)
  private List<String> recent = new ArrayList<>();

  @JsonPropertyDescription("Why the SVA was last re-created.")
  @Size(max = 1024)
  private String lastReason;

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public List<String> getRecent() {
    return recent;
  }

  public void setRecent(List<String> recent) {
    this.recent = recent;
  }

  public String getLastReason() {
    return lastReason;
  }

  public void setLastReason(String lastReason) {
    this.lastReason = lastReason;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof RedeployHistory that
        && Objects.equals(count, that.count)
        && Objects.equals(recent, that.recent)
        && Objects.equals(lastReason, that.lastReason));
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, recent, lastReason);
  }
}
