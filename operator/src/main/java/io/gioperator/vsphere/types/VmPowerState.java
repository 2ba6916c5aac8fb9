package io.gioperator.vsphere.types;

/** vim25 VirtualMachinePowerState; {@link #UNKNOWN} for anything else. */
public enum VmPowerState {
    POWERED_ON, POWERED_OFF, SUSPENDED, UNKNOWN;

    public static VmPowerState parse(String wire) {
        return switch (wire == null ? "" : wire.trim()) {
            case "poweredOn" -> POWERED_ON;
            case "poweredOff" -> POWERED_OFF;
            case "suspended" -> SUSPENDED;
            default -> UNKNOWN;
        };
    }
}
