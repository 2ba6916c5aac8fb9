package io.gioperator.vsphere.types;

/** vim25 HostSystemConnectionState; {@link #UNKNOWN} for anything else. */
public enum HostConnectionState {
    CONNECTED, NOT_RESPONDING, DISCONNECTED, UNKNOWN;

    public static HostConnectionState parse(String wire) {
        return switch (wire == null ? "" : wire.trim()) {
            case "connected" -> CONNECTED;
            case "notResponding" -> NOT_RESPONDING;
            case "disconnected" -> DISCONNECTED;
            default -> UNKNOWN;
        };
    }
}
