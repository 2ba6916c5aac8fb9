package io.gioperator.vsphere.eam;

/** EsxAgentManagerMaintenanceModePolicy: one host at a time, or as many as DRS allows. */
public enum MaintenanceModePolicy {
    SINGLE_HOST("singleHost"), MULTIPLE_HOSTS("multipleHosts");

    private final String wire;

    MaintenanceModePolicy(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static MaintenanceModePolicy parse(String wire) {
        for (MaintenanceModePolicy policy : values()) {
            if (policy.wire.equals(wire == null ? null : wire.trim())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown maintenance mode policy " + wire);
    }
}
