package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM OrphanedDvFilterSwitch: A stray dvFilter switch on the host (deprecated). */
public class OrphanedDvFilterSwitch extends HostIssue {

    public OrphanedDvFilterSwitch(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
