package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibDependenciesNotMetByHost: The VIB's dependencies are not met by the host. */
public class VibDependenciesNotMetByHost extends VibNotInstalled {

    public VibDependenciesNotMetByHost(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
