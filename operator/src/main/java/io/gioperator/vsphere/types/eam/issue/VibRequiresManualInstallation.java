package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM VibRequiresManualInstallation: The host forbids automatic VIB installation. Passive. */
public class VibRequiresManualInstallation extends VibIssue {

    private final List<String> bulletin;

    public VibRequiresManualInstallation(XmlElement e, String wireType) {
        super(e, wireType);
        this.bulletin = e.childTexts("bulletin");
    }

    public List<String> bulletin() {
        return bulletin;
    }
}
