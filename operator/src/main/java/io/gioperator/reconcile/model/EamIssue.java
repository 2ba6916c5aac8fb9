package io.gioperator.reconcile.model;

/**
 * One EAM issue. {@code type} is the wire type name ({@code VmPoweredOff}, ...); names this code
 * does not know are kept and reported as they are.
 *
 * @param description EAM's localized text, shown to users as-is
 * @param agentRef the agent the issue belongs to; null for agency-level issues
 */
public record EamIssue(
    int key, String type, String description, String hostRef, String vmRef, String agentRef) {

  public EamIssue {
    type = type == null ? "Issue" : type.strip();
    description = description == null ? "" : description.strip();
    hostRef = Values.text(hostRef);
    vmRef = Values.text(vmRef);
    agentRef = Values.text(agentRef);
  }

  /** {@code VmPoweredOff: Agent VM is expected to be powered on...}, for messages. */
  public String text() {
    return description.isEmpty() ? type : type + ": " + description;
  }
}
