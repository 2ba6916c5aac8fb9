package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;

/** vim25 SoftwarePackage (a subset): an installed VIB as fetchSoftwarePackages reports it. */
public record SoftwarePackage(String name, String version, String type, String vendor, String acceptanceLevel,
                              String summary) {

    public static SoftwarePackage from(XmlElement e) {
        return new SoftwarePackage(e.childText("name"), e.childText("version"), e.childText("type"),
                e.childText("vendor"), e.childText("acceptanceLevel"), e.childText("summary"));
    }
}
