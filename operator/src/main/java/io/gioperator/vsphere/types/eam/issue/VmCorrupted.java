package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmCorrupted: The agent VM's files are missing or corrupt. Resolve re-provisions it. */
public class VmCorrupted extends VmIssue {

    private final String missingFile;

    public VmCorrupted(XmlElement e, String wireType) {
        super(e, wireType);
        this.missingFile = e.childText("missingFile");
    }

    public String missingFile() {
        return missingFile;
    }
}
