package io.gioperator.simulator.inventory;

/** Where a new VM goes: host, inventory folder, resource pool, datastore and (optional) network. */
public record Placement(Host host, Folder folder, ResourcePool pool, Datastore datastore, Network network) {
}
