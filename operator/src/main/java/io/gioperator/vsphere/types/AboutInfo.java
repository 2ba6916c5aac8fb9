package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;

/** vim25 AboutInfo (a subset): what product and build answers, e.g. vCenter 8.0.2 build 22385739 or ESXi 7.0.3. */
public record AboutInfo(String name, String fullName, String vendor, String version, String build,
                        String osType, String productLineId, String apiType, String apiVersion, String instanceUuid) {

    public static AboutInfo from(XmlElement e) {
        return new AboutInfo(e.childText("name"), e.childText("fullName"), e.childText("vendor"),
                e.childText("version"), e.childText("build"), e.childText("osType"), e.childText("productLineId"),
                e.childText("apiType"), e.childText("apiVersion"), e.childText("instanceUuid"));
    }
}
