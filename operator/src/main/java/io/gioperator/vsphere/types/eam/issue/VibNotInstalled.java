package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibNotInstalled: The VIB install or removal did not happen. Resolve retries. */
public class VibNotInstalled extends VibIssue {

    public VibNotInstalled(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
