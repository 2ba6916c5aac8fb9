package io.gioperator.vsphere.soap;

/** vim25 InvalidPowerState: e.g. powering off a VM that is already off ({@link #existingState()} says so). */
public class InvalidPowerStateFault extends InvalidStateFault {

    private final String requestedState;
    private final String existingState;

    public InvalidPowerStateFault(String faultType, String serverMessage, String requestedState, String existingState) {
        super(faultType, serverMessage);
        this.requestedState = requestedState;
        this.existingState = existingState;
    }

    public String requestedState() {
        return requestedState;
    }

    public String existingState() {
        return existingState;
    }
}
