package io.gioperator.simulator.inventory;

import java.util.ArrayList;
import java.util.List;

/** A vim25 Folder with its allowed child types. */
public final class Folder extends Entity {
    private final List<Entity> children = new ArrayList<>();
    private final List<String> childTypes;

    Folder(String id, String name, List<String> childTypes) {
        super("Folder", id, name);
        this.childTypes = List.copyOf(childTypes);
    }

    public List<Entity> children() {
        return children;
    }

    public List<String> childTypes() {
        return childTypes;
    }

    void add(Entity e) {
        children.add(e);
        e.parent(this);
    }

    void remove(Entity e) {
        children.remove(e);
    }

    public Entity child(String name) {
        return children.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
