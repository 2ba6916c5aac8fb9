package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.AgentRuntimeInfo;

/** An agent (one per host of the agency's scope) and its runtime: VM, host, power, VIBs, hook, issues. */
public record AgentSummary(MoRef ref, AgentRuntimeInfo runtime) {
}
