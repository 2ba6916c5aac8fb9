package io.gioperator.vsphere.soap;

/** vim25 InvalidArgument: a parameter is wrong; {@link #invalidProperty()} names it when the server does. */
public class InvalidArgumentFault extends VSphereFault {

    private final String invalidProperty;

    public InvalidArgumentFault(String faultType, String serverMessage, String invalidProperty) {
        super(faultType, serverMessage);
        this.invalidProperty = invalidProperty;
    }

    public String invalidProperty() {
        return invalidProperty;
    }
}
