package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VibRequiresHostReboot: The VIB is staged and needs a reboot. Resolve enters maintenance mode and reboots. */
public class VibRequiresHostReboot extends VibIssue {

    public VibRequiresHostReboot(XmlElement e, String wireType) {
        super(e, wireType);
    }
}
