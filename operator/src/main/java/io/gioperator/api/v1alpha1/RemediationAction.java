package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A one-off remediation of one host. */
public enum RemediationAction {
  /** Delete the host's SVA and deploy it again from the OVF. */
  @JsonProperty("RecreateSva")
  RECREATE_SVA("RecreateSva"),

  /** Remove the Mux VIB, reboot the host (maintenance mode first) and install the VIB again. */
  @JsonProperty("ReinstallMux")
  REINSTALL_MUX("ReinstallMux");

  private final String wireName;

  RemediationAction(String wireName) {
    this.wireName = wireName;
  }

  /** The value as written in YAML. */
  public String wireName() {
    return wireName;
  }
}
