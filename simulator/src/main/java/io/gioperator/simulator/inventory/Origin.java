package io.gioperator.simulator.inventory;

/** Who caused an inventory change; EAM reacts to changes it did not make itself. */
public enum Origin {
    /** A vim25 call from a client. */
    CLIENT,
    /** The control API or the Java fault-injection API. */
    CONTROL,
    /** The ESX Agent Manager. */
    EAM,
    /** vCenter itself (DRS, host reboots). */
    SYSTEM
}
