package io.gioperator.vsphere.types.eam;

/** EamObjectRuntimeInfoStatus: green (goal reached), yellow (EAM working), red (an issue blocks the goal). */
public enum EamStatus {
    GREEN, YELLOW, RED, UNKNOWN;

    public static EamStatus parse(String wire) {
        return switch (wire == null ? "" : wire.trim()) {
            case "green" -> GREEN;
            case "yellow" -> YELLOW;
            case "red" -> RED;
            default -> UNKNOWN;
        };
    }
}
