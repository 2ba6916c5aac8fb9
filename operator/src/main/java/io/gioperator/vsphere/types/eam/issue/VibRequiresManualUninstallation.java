package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM VibRequiresManualUninstallation: The host forbids automatic VIB removal. Passive. */
public class VibRequiresManualUninstallation extends VibIssue {

    private final List<String> bulletin;

    public VibRequiresManualUninstallation(XmlElement e, String wireType) {
        super(e, wireType);
        this.bulletin = e.childTexts("bulletin");
    }

    public List<String> bulletin() {
        return bulletin;
    }
}
