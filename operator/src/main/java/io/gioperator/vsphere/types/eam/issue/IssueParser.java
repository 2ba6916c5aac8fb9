package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads xsi:typed {@code Issue} elements. Known types become their class; an unknown type (EAM adds subtypes
 * with every release) becomes its nearest known base, judged by the fields it carries, and keeps its wire name.
 */
public final class IssueParser {

    private IssueParser() {
    }

    public static Issue parse(XmlElement e) {
        String wireType = e.xsiType() == null ? "Issue" : e.xsiType();
        BiFunction<XmlElement, String, Issue> known = IssueTypes.KNOWN.get(wireType);
        if (known != null) {
            return known.apply(e, wireType);
        }
        return nearestBase(e, wireType);
    }

    public static List<Issue> parseAll(List<XmlElement> elements) {
        List<Issue> issues = new ArrayList<>(elements.size());
        for (XmlElement e : elements) {
            issues.add(parse(e));
        }
        return issues;
    }

    /** The structural fallback for an unknown subtype. */
    static Issue nearestBase(XmlElement e, String wireType) {
        boolean agent = e.has("agent") || e.has("agentName");
        if (agent && e.has("cluster") && !e.has("host")) {
            return e.has("vm") ? new ClusterAgentVmIssue(e, wireType) : new ClusterAgentAgentIssue(e, wireType);
        }
        if (agent && e.has("vm")) {
            return new VmIssue(e, wireType);
        }
        if (agent || e.has("hostName")) {
            return new AgentIssue(e, wireType);
        }
        if (e.has("vm")) {
            return new VmIssue(e, wireType);
        }
        if (e.has("host")) {
            return new HostIssue(e, wireType);
        }
        if (e.has("agency") || e.has("agencyName") || e.has("solutionId")) {
            return new AgencyIssue(e, wireType);
        }
        return new Issue(e, wireType);
    }
}
