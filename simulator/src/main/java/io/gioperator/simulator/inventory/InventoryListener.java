package io.gioperator.simulator.inventory;

/** Inventory events, delivered under the world lock right after the change. */
public interface InventoryListener {
    default void vmPowerChanged(Vm vm, Origin origin) {
    }

    default void vmGuestChanged(Vm vm) {
    }

    default void vmRemoved(Vm vm, Origin origin) {
    }

    default void vmCorrupted(Vm vm) {
    }

    default void hostAdded(Host host) {
    }

    default void hostRemoved(Host host, Cluster formerCluster) {
    }

    default void hostMoved(Host host, Cluster from, Cluster to) {
    }

    /** Connection state, maintenance mode or reboot state changed. */
    default void hostStateChanged(Host host) {
    }

    default void vibsChanged(Host host) {
    }
}
