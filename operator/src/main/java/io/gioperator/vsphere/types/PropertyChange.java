package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;

/** vim25 PropertyChange: property {@code name} was assigned, added to, removed, or indirectly removed. */
public record PropertyChange(String name, Op op, PropertyValue value) {

    /** PropertyChangeOp. {@link #UNKNOWN} keeps newer servers' values from failing the parse. */
    public enum Op { ADD, REMOVE, ASSIGN, INDIRECT_REMOVE, UNKNOWN }

    public static PropertyChange from(XmlElement e) {
        XmlElement val = e.child("val");
        return new PropertyChange(e.childText("name"), parseOp(e.childText("op")),
                val == null ? null : new PropertyValue(val));
    }

    private static Op parseOp(String op) {
        if (op == null) {
            return Op.UNKNOWN;
        }
        return switch (op.trim()) {
            case "add" -> Op.ADD;
            case "remove" -> Op.REMOVE;
            case "assign" -> Op.ASSIGN;
            case "indirectRemove" -> Op.INDIRECT_REMOVE;
            default -> Op.UNKNOWN;
        };
    }
}
