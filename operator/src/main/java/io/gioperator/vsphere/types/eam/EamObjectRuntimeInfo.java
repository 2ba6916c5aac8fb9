package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.issue.Issue;
import io.gioperator.vsphere.types.eam.issue.IssueParser;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM EamObjectRuntimeInfo (an agency's runtime): status, issues (agents' included), goal state, the entity. */
public record EamObjectRuntimeInfo(EamStatus status, List<Issue> issues, GoalState goalState, MoRef entity) {

    public EamObjectRuntimeInfo {
        issues = List.copyOf(issues);
    }

    public static EamObjectRuntimeInfo from(XmlElement e) {
        return new EamObjectRuntimeInfo(EamStatus.parse(e.childText("status")),
                IssueParser.parseAll(e.children("issue")), GoalState.parse(e.childText("goalState")),
                MoRef.child(e, "entity"));
    }
}
