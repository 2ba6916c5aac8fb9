package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.LocalizedMethodFault;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM OvfInvalidFormat: Provisioning from the OVF failed. */
public class OvfInvalidFormat extends VmNotDeployed {

    private final List<LocalizedMethodFault> error;

    public OvfInvalidFormat(XmlElement e, String wireType) {
        super(e, wireType);
        this.error = IssueFields.faults(e, "error");
    }

    public List<LocalizedMethodFault> error() {
        return error;
    }
}
