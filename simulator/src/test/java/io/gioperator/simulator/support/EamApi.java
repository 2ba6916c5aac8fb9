package io.gioperator.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** EAM calls the tests make, built as real SOAP requests. */
public final class EamApi {
    public static final Ref MANAGER = new Ref("EsxAgentManager", "EsxAgentManager");
    public static final String DSVA_OLD = "https://depot.gi.example/trendmicro/dsva-20.0.0-7719.ovf";
    public static final String DSVA = "https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf";
    public static final String MUX_703 = "https://depot.gi.example/vmware/epsec-mux-7.0.3-offline-bundle.zip";
    public static final String MUX_802 = "https://depot.gi.example/vmware/epsec-mux-8.0.2-offline-bundle.zip";
    private final SoapClient soap;

    public EamApi(SoapClient soap) {
        this.soap = soap;
    }

    public XmlNode ok(Xml call) {
        SoapClient.Response r = soap.eam(call);
        assertThat(r.status()).as("HTTP status of %s: %s", call, r.text()).isEqualTo(200);
        return r.payload();
    }

    /** Placement of agent VMs the way the operator does it. */
    public record Placement(Ref cluster, Ref datacenter, Ref folder, Ref pool, Ref datastore, Ref network) {
        public static Placement of(VimApi vim, String cluster, String datastore) {
            return new Placement(vim.find("/DC1/host/" + cluster), vim.find("/DC1"),
                    vim.find("/DC1/vm/GuestIntrospection"), vim.find("/DC1/host/" + cluster + "/Resources"),
                    vim.find("/DC1/datastore/" + datastore), vim.find("/DC1/network/GI-Management"));
        }
    }

    /** An AgencyConfigInfo in WSDL order for one cluster, DSVA OVF + Mux VIB. */
    public static Xml config(String element, String agencyName, Placement p, String ovf, String vib,
            boolean withProperties) {
        return config(element, agencyName, p, ovf, null, vib, null, withProperties);
    }

    /** As above with the 8.2 download trusts ({@code <ovfSslTrust>}/{@code <vibSslTrust>} elements, or null). */
    public static Xml config(String element, String agencyName, Placement p, String ovf, Xml ovfTrust, String vib,
            Xml vibTrust, boolean withProperties) {
        Xml agentConfig = Xml.el("agentConfig");
        if (ovf != null) {
            agentConfig.add(Xml.el("ovfPackageUrl", ovf));
        }
        if (ovfTrust != null) {
            agentConfig.add(ovfTrust);
        }
        if (withProperties) {
            agentConfig.add(Xml.el("ovfEnvironment").add(
                    Xml.el("ovfProperty").add(Xml.el("key", "dsm.address"), Xml.el("value", "dsm.lab.local")),
                    Xml.el("ovfProperty").add(Xml.el("key", "dsm.token"), Xml.el("value", "t0ken"))));
        }
        if (vib != null) {
            agentConfig.add(Xml.el("vibUrl", vib));
        }
        if (vibTrust != null) {
            agentConfig.add(vibTrust);
        }
        return Xml.el(element).add(agentConfig,
                Xml.el("scope").type("AgencyComputeResourceScope").add(p.cluster().as("computeResource")),
                Xml.el("agentName", "GI-SVA"), Xml.el("agencyName", agencyName),
                p.network().as("agentVmNetwork"), p.datastore().as("agentVmDatastore"),
                Xml.el("resourcePools").add(p.pool().as("resourcePoolId"), p.cluster().as("computeResourceId")),
                Xml.el("folders").add(p.folder().as("folderId"), p.datacenter().as("datacenterId")));
    }

    public Ref create(Xml config) {
        return Ref.of(ok(Xml.el("CreateAgency").add(MANAGER.self(), config,
                Xml.el("initialGoalState", "enabled"))).child("returnval"));
    }

    public XmlNode runtime(Ref agency) {
        return ok(Xml.el("AgencyQueryRuntime").add(agency.self())).child("returnval");
    }

    public String status(Ref agency) {
        return runtime(agency).textAt("status");
    }

    public List<Ref> agents(Ref agency) {
        List<Ref> out = new ArrayList<>();
        ok(Xml.el("QueryAgent").add(agency.self())).all("returnval").forEach(n -> out.add(Ref.of(n)));
        return out;
    }

    public XmlNode agentRuntime(Ref agent) {
        return ok(Xml.el("AgentQueryRuntime").add(agent.self())).child("returnval");
    }

    public List<XmlNode> issues(Ref agency) {
        return runtime(agency).all("issue");
    }

    public List<String> issueTypes(Ref agency) {
        return issues(agency).stream().map(XmlNode::xsiType).toList();
    }

    public void resolveAll(Ref obj) {
        ok(Xml.el("ResolveAll").add(obj.self()));
    }

    public void call(String method, Ref obj) {
        ok(Xml.el(method).add(obj.self()));
    }

    public void awaitStatus(Ref agency, String status) {
        Await.until("agency " + agency.value() + " to be " + status, () -> status.equals(status(agency)));
    }

    /** Waits for an issue of that type to appear and returns it. */
    public XmlNode awaitIssue(Ref agency, String type) {
        return Await.value("issue " + type, () -> issues(agency).stream().filter(i -> type.equals(i.xsiType()))
                .findFirst().orElse(null), i -> i != null);
    }
}
