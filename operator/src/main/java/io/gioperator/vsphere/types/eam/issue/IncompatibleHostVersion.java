package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM IncompatibleHostVersion: No agent configuration matches this host's version. */
public class IncompatibleHostVersion extends VmNotDeployed {

    public IncompatibleHostVersion(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
