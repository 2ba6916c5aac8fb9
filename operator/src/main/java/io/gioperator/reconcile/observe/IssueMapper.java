package io.gioperator.reconcile.observe;

import io.gioperator.reconcile.desired.MoRefText;
import io.gioperator.reconcile.model.EamIssue;
import io.gioperator.vsphere.types.eam.issue.AgentIssue;
import io.gioperator.vsphere.types.eam.issue.HostIssue;
import io.gioperator.vsphere.types.eam.issue.Issue;
import io.gioperator.vsphere.types.eam.issue.VmIssue;
import java.util.List;

/** EAM issues (typed by the client) to the planner's {@link EamIssue}, keeping the wire type name and text. */
public final class IssueMapper {

  private IssueMapper() {}

  public static EamIssue map(Issue issue, String agentRef) {
    String host = null;
    String vm = null;
    if (issue instanceof AgentIssue a) {
      host = MoRefText.value(a.host());
      if (agentRef == null) {
        agentRef = MoRefText.value(a.agent());
      }
    }
    if (issue instanceof HostIssue h) {
      host = MoRefText.value(h.host());
    }
    if (issue instanceof VmIssue v) {
      vm = MoRefText.value(v.vm());
    }
    return new EamIssue(issue.key(), issue.wireType(), issue.description(), host, vm, agentRef);
  }

  /** Agency-level issues only: issues that belong to an agent are reported on the agent. */
  public static List<EamIssue> agencyLevel(List<Issue> issues) {
    return issues.stream().filter(i -> !(i instanceof AgentIssue)).map(i -> map(i, null)).toList();
  }

  public static List<EamIssue> ofAgent(List<Issue> issues, String agentRef) {
    return issues.stream().map(i -> map(i, agentRef)).toList();
  }
}
