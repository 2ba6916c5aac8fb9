package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibInvalidFormat: The VIB bundle is invalid. */
public class VibInvalidFormat extends VibNotInstalled {

    public VibInvalidFormat(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
