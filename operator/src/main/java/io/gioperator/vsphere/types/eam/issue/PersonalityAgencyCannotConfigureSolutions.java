package io.gioperator.vsphere.types.eam.issue;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlElement;
import java.util.List;

/** EAM PersonalityAgencyCannotConfigureSolutions: vLCM solutions of a compute resource could not be configured. */
public class PersonalityAgencyCannotConfigureSolutions extends PersonalityAgencyPMIssue {

    private final MoRef cr;
    private final List<String> solutionsToModify;
    private final List<String> solutionsToRemove;

    public PersonalityAgencyCannotConfigureSolutions(XmlElement e, String wireType) {
        super(e, wireType);
        this.cr = MoRef.child(e, "cr");
        this.solutionsToModify = e.childTexts("solutionsToModify");
        this.solutionsToRemove = e.childTexts("solutionsToRemove");
    }

    public MoRef cr() {
        return cr;
    }

    public List<String> solutionsToModify() {
        return solutionsToModify;
    }

    public List<String> solutionsToRemove() {
        return solutionsToRemove;
    }
}
