package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * EAM AgentConfigInfo: what to put on matching hosts. Written in WSDL order: productLineId, hostVersion,
 * ovfPackageUrl, ovfSslTrust (8.2), ovfEnvironment, vibUrl, vibSslTrust (8.2), vmciService, ovfDiskProvisioning
 * (none|thin|thick), vmStoragePolicies (vSAN profile ids, re-sent on every Update or EAM clears them). The two
 * trusts are only written when set (then the request needs SOAPAction urn:eam/8.2, see {@link #requiresEam82()}).
 * Deprecated fields (vibName, vibMatchingRules, dvFilterEnabled, rebootHostAfterVibUninstall) are not modelled.
 */
public record AgentConfigInfo(String productLineId, String hostVersion, String ovfPackageUrl,
                              AgentSslTrust ovfSslTrust, List<OvfProperty> ovfEnvironment, String vibUrl,
                              AgentSslTrust vibSslTrust, List<String> vmciService,
                              String ovfDiskProvisioning, List<String> vsanStoragePolicyIds) {

    public AgentConfigInfo {
        ovfEnvironment = ovfEnvironment == null ? List.of() : List.copyOf(ovfEnvironment);
        vmciService = vmciService == null ? List.of() : List.copyOf(vmciService);
        vsanStoragePolicyIds = vsanStoragePolicyIds == null ? List.of() : List.copyOf(vsanStoragePolicyIds);
    }

    /** A config without the 8.2 download trusts (EAM's default trust store). */
    public AgentConfigInfo(String productLineId, String hostVersion, String ovfPackageUrl,
                           List<OvfProperty> ovfEnvironment, String vibUrl, List<String> vmciService,
                           String ovfDiskProvisioning, List<String> vsanStoragePolicyIds) {
        this(productLineId, hostVersion, ovfPackageUrl, null, ovfEnvironment, vibUrl, null, vmciService,
                ovfDiskProvisioning, vsanStoragePolicyIds);
    }

    /** An OVF-and-VIB agent for every host: the common case. */
    public static AgentConfigInfo of(String ovfPackageUrl, List<OvfProperty> ovfEnvironment, String vibUrl) {
        return new AgentConfigInfo(null, null, ovfPackageUrl, null, ovfEnvironment, vibUrl, null, List.of(), null,
                List.of());
    }

    /** True when this config carries a field EAM only knows since 8.2 (vSphere 8.0U2). */
    public boolean requiresEam82() {
        return ovfSslTrust != null || vibSslTrust != null;
    }

    public AgentConfigInfo withOvfDiskProvisioning(String provisioning) {
        return new AgentConfigInfo(productLineId, hostVersion, ovfPackageUrl, ovfSslTrust, ovfEnvironment, vibUrl,
                vibSslTrust, vmciService, provisioning, vsanStoragePolicyIds);
    }

    public AgentConfigInfo withHostMatch(String productLine, String version) {
        return new AgentConfigInfo(productLine, version, ovfPackageUrl, ovfSslTrust, ovfEnvironment, vibUrl,
                vibSslTrust, vmciService, ovfDiskProvisioning, vsanStoragePolicyIds);
    }

    /** The same config with these download trusts (null: EAM's default trust store). */
    public AgentConfigInfo withSslTrust(AgentSslTrust ovf, AgentSslTrust vib) {
        return new AgentConfigInfo(productLineId, hostVersion, ovfPackageUrl, ovf, ovfEnvironment, vibUrl, vib,
                vmciService, ovfDiskProvisioning, vsanStoragePolicyIds);
    }

    public AgentConfigInfo withOvfPackageUrl(String url) {
        return new AgentConfigInfo(productLineId, hostVersion, url, ovfSslTrust, ovfEnvironment, vibUrl,
                vibSslTrust, vmciService, ovfDiskProvisioning, vsanStoragePolicyIds);
    }

    public static AgentConfigInfo from(XmlElement e) {
        List<OvfProperty> properties = new ArrayList<>();
        XmlElement environment = e.child("ovfEnvironment");
        if (environment != null) {
            for (XmlElement p : environment.children("ovfProperty")) {
                properties.add(OvfProperty.from(p));
            }
        }
        List<String> policies = new ArrayList<>();
        for (XmlElement policy : e.children("vmStoragePolicies")) {
            if (policy.has("profileId")) {
                policies.add(policy.childText("profileId"));
            }
        }
        return new AgentConfigInfo(e.childText("productLineId"), e.childText("hostVersion"),
                e.childText("ovfPackageUrl"), AgentSslTrust.from(e.child("ovfSslTrust")), properties,
                e.childText("vibUrl"), AgentSslTrust.from(e.child("vibSslTrust")), e.childTexts("vmciService"),
                e.childText("ovfDiskProvisioning"), policies);
    }

    public void write(XmlWriter w, String name) {
        w.start(name).optional("productLineId", productLineId).optional("hostVersion", hostVersion)
                .optional("ovfPackageUrl", ovfPackageUrl);
        if (ovfSslTrust != null) {
            ovfSslTrust.write(w, "ovfSslTrust");
        }
        if (!ovfEnvironment.isEmpty()) {
            w.start("ovfEnvironment");
            for (OvfProperty property : ovfEnvironment) {
                property.write(w, "ovfProperty");
            }
            w.end();
        }
        w.optional("vibUrl", vibUrl);
        if (vibSslTrust != null) {
            vibSslTrust.write(w, "vibSslTrust");
        }
        w.repeated("vmciService", vmciService)
                .optional("ovfDiskProvisioning", ovfDiskProvisioning);
        for (String profileId : vsanStoragePolicyIds) {
            w.startTyped("vmStoragePolicies", "AgentVsanStoragePolicy").element("profileId", profileId).end();
        }
        w.end();
    }
}
