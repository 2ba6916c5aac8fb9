package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibRequirementsNotMetByHost: The host does not meet the VIB's requirements. */
public class VibRequirementsNotMetByHost extends VibNotInstalled {

    public VibRequirementsNotMetByHost(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
