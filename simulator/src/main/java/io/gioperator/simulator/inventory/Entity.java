package io.gioperator.simulator.inventory;

import io.gioperator.simulator.soap.V;

/** A vim25 ManagedEntity: a typed moref, a name and a parent. Guarded by the world lock. */
public abstract class Entity {
    private final String type;
    private final String id;
    private String name;
    private Entity parent;
    private boolean removed;

    protected Entity(String type, String id, String name) {
        this.type = type;
        this.id = id;
        this.name = name;
    }

    public String type() {
        return type;
    }

    public String id() {
        return id;
    }

    public V.Ref ref() {
        return new V.Ref(type, id);
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Entity parent() {
        return parent;
    }

    void parent(Entity p) {
        this.parent = p;
    }

    public boolean removed() {
        return removed;
    }

    void markRemoved() {
        this.removed = true;
    }

    @Override
    public String toString() {
        return type + ":" + id + "(" + name + ")";
    }
}
