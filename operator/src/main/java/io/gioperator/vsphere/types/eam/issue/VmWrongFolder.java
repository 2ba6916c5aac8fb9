package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;

/** EAM VmWrongFolder: The agent VM was moved out of its folder (deprecated). */
public class VmWrongFolder extends VmIssue {

    private final MoRef currentFolder;
    private final MoRef requiredFolder;

    public VmWrongFolder(XmlElement e, String wireType) {
        super(e, wireType);
        this.currentFolder = MoRef.child(e, "currentFolder");
        this.requiredFolder = MoRef.child(e, "requiredFolder");
    }

    public MoRef currentFolder() {
        return currentFolder;
    }

    public MoRef requiredFolder() {
        return requiredFolder;
    }
}
