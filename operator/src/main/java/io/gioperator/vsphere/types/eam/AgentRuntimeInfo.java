package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.VmPowerState;
import io.gioperator.vsphere.types.eam.issue.Issue;
import io.gioperator.vsphere.types.eam.issue.IssueParser;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * EAM AgentRuntimeInfo: the four EamObjectRuntimeInfo fields, then the agent's own (WSDL order). {@code vm} is
 * null until EAM deployed the VM; {@code vmHook} is set while EAM waits for MarkAsAvailable.
 */
public record AgentRuntimeInfo(EamStatus status, List<Issue> issues, GoalState goalState, MoRef entity,
                               VmPowerState vmPowerState, boolean receivingHeartBeat, MoRef host, MoRef vm,
                               String vmIp, String vmName, List<String> installedBulletins,
                               List<VibInfo> installedVibs, MoRef agency, AgentVmHook vmHook) {

    public AgentRuntimeInfo {
        issues = List.copyOf(issues);
        installedBulletins = List.copyOf(installedBulletins);
        installedVibs = List.copyOf(installedVibs);
    }

    public static AgentRuntimeInfo from(XmlElement e) {
        List<VibInfo> vibs = new ArrayList<>();
        for (XmlElement vib : e.children("installedVibs")) {
            vibs.add(VibInfo.from(vib));
        }
        XmlElement hook = e.child("vmHook");
        return new AgentRuntimeInfo(EamStatus.parse(e.childText("status")), IssueParser.parseAll(e.children("issue")),
                GoalState.parse(e.childText("goalState")), MoRef.child(e, "entity"),
                VmPowerState.parse(e.childText("vmPowerState")), e.childBoolean("receivingHeartBeat", false),
                MoRef.child(e, "host"), MoRef.child(e, "vm"), e.childText("vmIp"), e.childText("vmName"),
                e.childTexts("installedBulletin"), vibs, MoRef.child(e, "agency"),
                hook == null ? null : AgentVmHook.from(hook));
    }
}
