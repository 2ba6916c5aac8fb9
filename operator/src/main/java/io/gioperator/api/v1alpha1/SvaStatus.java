package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

/**
 * The partner SVA (EAM agent VM) on one host.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class SvaStatus {

  @JsonPropertyDescription("Managed object id of the VM (e.g. vm-101).")
  private String vmMoref;

  @JsonPropertyDescription("Name of the VM.")
  private String vmName;

  @JsonPropertyDescription("Power state: poweredOn, poweredOff or suspended.")
  private String powerState;

  @JsonPropertyDescription("IP address VMware Tools reports.")
  private String ipAddress;

  @JsonPropertyDescription("SVA version (from the solution manager or the OVF).")
  private String version;

  public String getVmMoref() {
    return vmMoref;
  }

  public void setVmMoref(String vmMoref) {
    this.vmMoref = vmMoref;
  }

  public String getVmName() {
    return vmName;
  }

  public void setVmName(String vmName) {
    this.vmName = vmName;
  }

  public String getPowerState() {
    return powerState;
  }

  public void setPowerState(String powerState) {
    this.powerState = powerState;
  }

  public String getIpAddress() {
    return ipAddress;
  }

  public void setIpAddress(String ipAddress) {
    this.ipAddress = ipAddress;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof SvaStatus that
        && Objects.equals(vmMoref, that.vmMoref)
        && Objects.equals(vmName, that.vmName)
        && Objects.equals(powerState, that.powerState)
        && Objects.equals(ipAddress, that.ipAddress)
        && Objects.equals(version, that.version));
  }

  @Override
  public int hashCode() {
    return Objects.hash(vmMoref, vmName, powerState, ipAddress, version);
  }
}
