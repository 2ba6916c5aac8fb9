package io.gioperator.vsphere.types.eam;

import java.util.Locale;

/** EamObjectRuntimeInfoGoalState: what EAM works towards for an agency or agent. */
public enum GoalState {
    ENABLED, DISABLED, UNINSTALLED, UNKNOWN;

    public static GoalState parse(String wire) {
        return switch (wire == null ? "" : wire.trim()) {
            case "enabled" -> ENABLED;
            case "disabled" -> DISABLED;
            case "uninstalled" -> UNINSTALLED;
            default -> UNKNOWN;
        };
    }

    /** The wire value, e.g. "enabled". */
    public String wire() {
        if (this == UNKNOWN) {
            throw new IllegalStateException("UNKNOWN has no wire value");
        }
        return name().toLowerCase(Locale.ROOT);
    }
}
