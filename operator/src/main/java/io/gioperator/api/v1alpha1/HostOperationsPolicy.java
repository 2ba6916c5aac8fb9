package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.Objects;

/**
 * Permission for disruptive host operations. A Mux VIB change may need a host in maintenance mode and a reboot;
 * without permission the host waits in step WaitingForMaintenanceModePermission until a person does it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@ValidationRule(value = "!(has(self.allowReboot) && self.allowReboot)"
    + " || (has(self.allowMaintenanceMode) && self.allowMaintenanceMode)",
    message = "allowReboot requires allowMaintenanceMode: a host is only rebooted in maintenance mode")
public class HostOperationsPolicy {

  @JsonPropertyDescription("May the operator put a host into maintenance mode (DRS evacuates its VMs) to finish "
      + "a Mux VIB change.")
  @Default("false")
  private Boolean allowMaintenanceMode = false;

  @JsonPropertyDescription("May the operator reboot a host (in maintenance mode) to finish a Mux VIB change. "
      + "Requires allowMaintenanceMode.")
  @Default("false")
  private Boolean allowReboot = false;

  public Boolean getAllowMaintenanceMode() {
    return allowMaintenanceMode;
  }

  public void setAllowMaintenanceMode(Boolean allowMaintenanceMode) {
    this.allowMaintenanceMode = allowMaintenanceMode;
  }

  public Boolean getAllowReboot() {
    return allowReboot;
  }

  public void setAllowReboot(Boolean allowReboot) {
    this.allowReboot = allowReboot;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof HostOperationsPolicy that
        && Objects.equals(allowMaintenanceMode, that.allowMaintenanceMode)
        && Objects.equals(allowReboot, that.allowReboot));
  }

  @Override
  public int hashCode() {
    return Objects.hash(allowMaintenanceMode, allowReboot);
  }
}
