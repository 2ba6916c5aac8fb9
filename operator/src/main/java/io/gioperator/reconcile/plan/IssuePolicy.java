package io.gioperator.reconcile.plan;

import java.util.Set;

/**
 * The EAM issue catalogue (reference: eam-api.md §4) turned into decisions. Unknown type names
 * (new vSphere releases add subtypes) are reported, never resolved.
 */
final class IssuePolicy {

  /** The VmNotDeployed family members that Resolve retries (deploy the OVF again). */
  static final Set<String> VM_NOT_DEPLOYED = Set.of(
      "VmNotDeployed", "CannotAccessAgentOVF", "OvfInvalidFormat", "IncompatibleHostVersion");

  private static final Set<String> RESOLVE = Set.of(
      "VmOrphaned", "VibNotInstalled", "CannotAccessAgentVib", "VibInvalidFormat",
      "VibDependenciesNotMetByHost", "VibRequirementsNotMetByHost",
      // EAM entered maintenance mode itself and could not leave it: resolving takes the host out.
      "VibCannotPutHostOutOfMaintenanceMode");

  private static final Set<String> MAINTENANCE = Set.of(
      "VibRequiresHostInMaintenanceMode", "VibCannotPutHostInMaintenanceMode");

  private static final Set<String> REBOOT = Set.of("VibRequiresHostReboot", "ImmediateHostRebootRequired");

  private static final Set<String> HOST_IN_MAINTENANCE = Set.of(
      "HostInMaintenanceMode", "VmRequiresHostOutOfMaintenanceMode", "HostInPartialMaintenanceMode");

  private static final Set<String> VM_STAGE = Set.of(
      "VmNotDeployed", "CannotAccessAgentOVF", "OvfInvalidFormat", "IncompatibleHostVersion",
      "InsufficientResources", "InsufficientSpace", "NoAgentVmDatastore", "NoCustomAgentVmDatastore",
      "NoAgentVmNetwork", "NoCustomAgentVmNetwork", "NoDiscoverableAgentVmDatastore",
      "NoDiscoverableAgentVmNetwork", "VmRequiresHostOutOfMaintenanceMode", "OvfInvalidProperty",
      "VmCorrupted", "CertificateNotTrusted");

  private static final Set<String> POWER_STAGE = Set.of(
      "VmPoweredOff", "VmSuspended", "InvalidConfig", "HostInMaintenanceMode", "VmInaccessible");

  private IssuePolicy() {}

  static IssueCategory categorize(String type) {
    if (VM_NOT_DEPLOYED.contains(type) || RESOLVE.contains(type)) {
      return IssueCategory.RESOLVE;
    }
    if (type.equals("VmCorrupted")) {
      return IssueCategory.RESOLVE_AS_REDEPLOY;
    }
    if (type.equals("VmPoweredOff") || type.equals("VmSuspended")) {
      return IssueCategory.RECREATE_INSTEAD;
    }
    if (MAINTENANCE.contains(type)) {
      return IssueCategory.NEEDS_MAINTENANCE_MODE;
    }
    if (REBOOT.contains(type)) {
      return IssueCategory.NEEDS_REBOOT;
    }
    if (HOST_IN_MAINTENANCE.contains(type)) {
      return IssueCategory.HOST_IN_MAINTENANCE;
    }
    return IssueCategory.REPORT;
  }

  static IssueStage stage(String type) {
    if (type.startsWith("Vib") || type.equals("CannotAccessAgentVib") || type.equals("ImmediateHostRebootRequired")) {
      return IssueStage.MUX;
    }
    if (VM_STAGE.contains(type)) {
      return IssueStage.VM;
    }
    if (POWER_STAGE.contains(type)) {
      return IssueStage.POWER;
    }
    return IssueStage.OTHER;
  }

  /** True for issues whose Resolve involves maintenance mode (and maybe a reboot). */
  static boolean needsMaintenance(String type) {
    IssueCategory category = categorize(type);
    return category == IssueCategory.NEEDS_MAINTENANCE_MODE || category == IssueCategory.NEEDS_REBOOT;
  }
}
