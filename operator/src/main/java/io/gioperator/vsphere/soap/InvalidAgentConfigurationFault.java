package io.gioperator.vsphere.soap;

/** EAM InvalidAgentConfiguration: an AgentConfigInfo was refused; {@link #invalidField()} names the field. */
public class InvalidAgentConfigurationFault extends VSphereFault {

    private final String invalidField;

    public InvalidAgentConfigurationFault(String faultType, String serverMessage, String invalidField) {
        super(faultType, serverMessage);
        this.invalidField = invalidField;
    }

    public String invalidField() {
        return invalidField;
    }
}
