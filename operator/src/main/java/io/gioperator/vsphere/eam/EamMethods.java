package io.gioperator.vsphere.eam;

import io.gioperator.vsphere.soap.SoapInvoker;
import io.gioperator.vsphere.soap.SoapRequest;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.AgencyConfigInfo;
import io.gioperator.vsphere.types.eam.AgentConfigInfo;
import io.gioperator.vsphere.types.eam.AgentRuntimeInfo;
import io.gioperator.vsphere.types.eam.EamObjectRuntimeInfo;
import io.gioperator.vsphere.types.eam.GoalState;
import io.gioperator.vsphere.types.eam.issue.Issue;
import io.gioperator.vsphere.types.eam.issue.IssueParser;
import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;
import java.util.ArrayList;
import java.util.List;

/**
 * ESX Agent Manager operations ({@code urn:eam} at {@code /eam/sdk}), one Java method per SOAP operation with the
 * wire names of the WSDL (Agency/Agent twins: AgencyQueryRuntime vs AgentQueryRuntime, QueryConfig vs
 * AgentQueryConfig, Agency_Enable/Agency_Disable).
 */
public final class EamMethods {

    public static final MoRef ESX_AGENT_MANAGER = MoRef.of("EsxAgentManager", "EsxAgentManager");
    /** GetMaintenanceModePolicy/SetMaintenanceModePolicy exist since EAM 7.4: their SOAPAction says so. */
    static final String MAINTENANCE_POLICY_VERSION = "7.4";

    private final SoapInvoker soap;

    public EamMethods(SoapInvoker soap) {
        this.soap = soap;
    }

    /** Agencies visible to this session (a plain user with EAM.View sees every solution's agencies). */
    public List<MoRef> queryAgency() {
        return soap.invoke(SoapRequest.of("QueryAgency", ESX_AGENT_MANAGER), r -> MoRef.children(r, "returnval"));
    }

    /**
     * {@code initialGoalState} is deprecated on the server side: pass {@link GoalState#ENABLED}. Sent as
     * urn:eam/8.2 when the config carries an SSL trust (see {@link AgencyConfigInfo#requiredApiVersion()}).
     */
    public MoRef createAgency(AgencyConfigInfo config, GoalState initialGoalState) {
        return soap.invoke(SoapRequest.of("CreateAgency", ESX_AGENT_MANAGER, w -> {
            config.write(w, "agencyConfigInfo");
            w.element("initialGoalState", initialGoalState.wire());
        }).withApiVersion(config.requiredApiVersion()), r -> MoRef.from(returnval(r)));
    }

    public AgencyConfigInfo queryConfig(MoRef agency) {
        return soap.invoke(SoapRequest.of("QueryConfig", agency), r -> AgencyConfigInfo.from(returnval(r)));
    }

    /** Replaces the agency's whole configuration; EAM converges agents to it. Versioned like createAgency. */
    public void update(MoRef agency, AgencyConfigInfo config) {
        soap.invokeVoid(SoapRequest.of("Update", agency, w -> config.write(w, "config"))
                .withApiVersion(config.requiredApiVersion()));
    }

    public EamObjectRuntimeInfo agencyQueryRuntime(MoRef agency) {
        return soap.invoke(SoapRequest.of("AgencyQueryRuntime", agency), r -> EamObjectRuntimeInfo.from(returnval(r)));
    }

    public List<MoRef> queryAgent(MoRef agency) {
        return soap.invoke(SoapRequest.of("QueryAgent", agency), r -> MoRef.children(r, "returnval"));
    }

    public String querySolutionId(MoRef agency) {
        return soap.invoke(SoapRequest.of("QuerySolutionId", agency), r -> returnval(r).text());
    }

    public void agencyEnable(MoRef agency) {
        soap.invokeVoid(SoapRequest.of("Agency_Enable", agency));
    }

    public void agencyDisable(MoRef agency) {
        soap.invokeVoid(SoapRequest.of("Agency_Disable", agency));
    }

    /** Goal state "uninstalled": VIBs removed, agent VMs powered off and deleted. Then wait green, then destroy. */
    public void uninstall(MoRef agency) {
        soap.invokeVoid(SoapRequest.of("Uninstall", agency));
    }

    public void destroyAgency(MoRef agency) {
        soap.invokeVoid(SoapRequest.of("DestroyAgency", agency));
    }

    public AgentRuntimeInfo agentQueryRuntime(MoRef agent) {
        return soap.invoke(SoapRequest.of("AgentQueryRuntime", agent), r -> AgentRuntimeInfo.from(returnval(r)));
    }

    public AgentConfigInfo agentQueryConfig(MoRef agent) {
        return soap.invoke(SoapRequest.of("AgentQueryConfig", agent), r -> AgentConfigInfo.from(returnval(r)));
    }

    /** Releases the agent's VM hook (see AgentRuntimeInfo.vmHook). */
    public void markAsAvailable(MoRef agent) {
        soap.invokeVoid(SoapRequest.of("MarkAsAvailable", agent));
    }

    /** Issues of an EsxAgentManager, Agency or Agent; all of them when {@code issueKeys} is empty. */
    public List<Issue> queryIssue(MoRef eamObject, List<Integer> issueKeys) {
        return soap.invoke(SoapRequest.of("QueryIssue", eamObject, w -> w.repeated("issueKey", issueKeys)),
                r -> IssueParser.parseAll(r.children("returnval")));
    }

    /** Resolves the given issues; returns the keys EAM did not find or could not resolve now. */
    public List<Integer> resolve(MoRef eamObject, List<Integer> issueKeys) {
        if (issueKeys.isEmpty()) {
            throw new IllegalArgumentException("Resolve needs at least one issue key");
        }
        return soap.invoke(SoapRequest.of("Resolve", eamObject, w -> w.repeated("issueKey", issueKeys)), r -> {
            List<Integer> unresolved = new ArrayList<>();
            for (String key : r.childTexts("returnval")) {
                unresolved.add(Integer.valueOf(key.trim()));
            }
            return unresolved;
        });
    }

    /** Resolves every issue of the object (on an agency: its agents' issues too). */
    public void resolveAll(MoRef eamObject) {
        soap.invokeVoid(SoapRequest.of("ResolveAll", eamObject));
    }

    public MaintenanceModePolicy getMaintenanceModePolicy() {
        return soap.invoke(SoapRequest.of("GetMaintenanceModePolicy", ESX_AGENT_MANAGER)
                        .withApiVersion(MAINTENANCE_POLICY_VERSION),
                r -> MaintenanceModePolicy.parse(returnval(r).text()));
    }

    /** Only for clusters not managed by vLCM. Pin {@link MaintenanceModePolicy#SINGLE_HOST} to avoid MM storms. */
    public void setMaintenanceModePolicy(MaintenanceModePolicy policy) {
        soap.invokeVoid(SoapRequest.of("SetMaintenanceModePolicy", ESX_AGENT_MANAGER,
                w -> w.element("policy", policy.wire())).withApiVersion(MAINTENANCE_POLICY_VERSION));
    }

    private static XmlElement returnval(XmlElement response) {
        XmlElement returnval = response.child("returnval");
        if (returnval == null) {
            throw new XmlFormatException("<" + response.name() + "> without <returnval>");
        }
        return returnval;
    }
}
