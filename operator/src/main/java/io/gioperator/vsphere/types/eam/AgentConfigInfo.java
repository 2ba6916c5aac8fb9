package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * EAM AgentConfigInfo: what to put on matching hosts. Written in WSDL order: productLineId, hostVersion,
 * ovfPackageUrl, ovfEnvironment, vibUrl, vmciService, ovfDiskProvisioning (none|thin|thick), vmStoragePolicies
 * (vSAN profile ids, re-sent on every Update or EAM clears them). Deprecated fields (vibName, vibMatchingRules,
 * dvFilterEnabled, rebootHostAfterVibUninstall) and the 8.2+ ovfSslTrust/vibSslTrust are not modelled.
 */
public record AgentConfigInfo(String productLineId, String hostVersion, String ovfPackageUrl,
                              List<OvfProperty> ovfEnvironment, String vibUrl, List<String> vmciService,
                              String ovfDiskProvisioning, List<String> vsanStoragePolicyIds) {

    public AgentConfigInfo {
        ovfEnvironment = ovfEnvironment == null ? List.of() : List.copyOf(ovfEnvironment);
        vmciService = vmciService == null ? List.of() : List.copyOf(vmciService);
        vsanStoragePolicyIds = vsanStoragePolicyIds == null ? List.of() : List.copyOf(vsanStoragePolicyIds);
    }

    /** An OVF-and-VIB agent for every host: the common case. */
    public static AgentConfigInfo of(String ovfPackageUrl, List<OvfProperty> ovfEnvironment, String vibUrl) {
        return new AgentConfigInfo(null, null, ovfPackageUrl, ovfEnvironment, vibUrl, List.of(), null, List.of());
    }

    public AgentConfigInfo withOvfDiskProvisioning(String provisioning) {
        return new AgentConfigInfo(productLineId, hostVersion, ovfPackageUrl, ovfEnvironment, vibUrl, vmciService,
                provisioning, vsanStoragePolicyIds);
    }

    public AgentConfigInfo withHostMatch(String productLine, String version) {
        return new AgentConfigInfo(productLine, version, ovfPackageUrl, ovfEnvironment, vibUrl, vmciService,
                ovfDiskProvisioning, vsanStoragePolicyIds);
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
                e.childText("ovfPackageUrl"), properties, e.childText("vibUrl"), e.childTexts("vmciService"),
                e.childText("ovfDiskProvisioning"), policies);
    }

    public void write(XmlWriter w, String name) {
        w.start(name).optional("productLineId", productLineId).optional("hostVersion", hostVersion)
                .optional("ovfPackageUrl", ovfPackageUrl);
        if (!ovfEnvironment.isEmpty()) {
            w.start("ovfEnvironment");
            for (OvfProperty property : ovfEnvironment) {
                property.write(w, "ovfProperty");
            }
            w.end();
        }
        w.optional("vibUrl", vibUrl).repeated("vmciService", vmciService)
                .optional("ovfDiskProvisioning", ovfDiskProvisioning);
        for (String profileId : vsanStoragePolicyIds) {
            w.startTyped("vmStoragePolicies", "AgentVsanStoragePolicy").element("profileId", profileId).end();
        }
        w.end();
    }
}
