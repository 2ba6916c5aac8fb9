package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import java.time.Instant;

/** vim25 TaskInfo (the subset a caller waits on): state, result or error, progress and timing. */
public record TaskInfo(String key, MoRef task, String descriptionId, MoRef entity, String entityName, State state,
                       LocalizedMethodFault error, PropertyValue result, Integer progress,
                       Instant queueTime, Instant startTime, Instant completeTime) {

    /** TaskInfoState. */
    public enum State {
        QUEUED, RUNNING, SUCCESS, ERROR;

        public boolean isDone() {
            return this == SUCCESS || this == ERROR;
        }

        static State parse(String wire) {
            return switch (wire == null ? "" : wire.trim()) {
                case "queued" -> QUEUED;
                case "running" -> RUNNING;
                case "success" -> SUCCESS;
                case "error" -> ERROR;
                default -> throw new io.gioperator.vsphere.xml.XmlFormatException("unknown TaskInfoState " + wire);
            };
        }
    }

    public static TaskInfo from(XmlElement e) {
        XmlElement error = e.child("error");
        XmlElement result = e.child("result");
        return new TaskInfo(e.childText("key"), MoRef.child(e, "task"), e.childText("descriptionId"),
                MoRef.child(e, "entity"), e.childText("entityName"), State.parse(e.childText("state")),
                error == null ? null : LocalizedMethodFault.from(error),
                result == null ? null : new PropertyValue(result), e.childInt("progress"),
                e.childDateTime("queueTime"), e.childDateTime("startTime"), e.childDateTime("completeTime"));
    }
}
