package io.gioperator.simulator.vim;

import io.gioperator.simulator.soap.Schema;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.time.Instant;

/** A vim25 Task: queued, then running with progress, then success (with a result) or error. */
public final class Task {
    private final String id;
    private final V.Ref entity;
    private final String entityName;
    private final String method;
    private final String descriptionId;
    private final String userName;
    private final Instant queueTime;
    private final int eventChainId;
    private String state = "queued";
    private Integer progress;
    private Instant startTime;
    private Instant completeTime;
    private SoapFault error;
    private V result;

    Task(String id, V.Ref entity, String entityName, String method, String descriptionId, String userName,
            Instant queueTime, int eventChainId) {
        this.id = id;
        this.entity = entity;
        this.entityName = entityName;
        this.method = method;
        this.descriptionId = descriptionId;
        this.userName = userName;
        this.queueTime = queueTime;
        this.eventChainId = eventChainId;
    }

    public String id() {
        return id;
    }

    public V.Ref ref() {
        return new V.Ref("Task", id);
    }

    public String state() {
        return state;
    }

    public boolean done() {
        return state.equals("success") || state.equals("error");
    }

    public Instant completeTime() {
        return completeTime;
    }

    void running(Instant now) {
        state = "running";
        startTime = now;
        progress = 0;
    }

    void progress(int p) {
        progress = p;
    }

    void succeed(V value, Instant now) {
        state = "success";
        result = value;
        progress = null;
        completeTime = now;
    }

    void fail(SoapFault fault, Instant now) {
        state = "error";
        error = fault;
        progress = null;
        completeTime = now;
    }

    /** TaskInfo as the property collector returns it. */
    V.Obj info(Schema schema) {
        Schema.ObjBuilder b = schema.build("TaskInfo")
                .str("key", id)
                .put("task", ref())
                .str("name", method)
                .str("descriptionId", descriptionId)
                .put("entity", entity)
                .str("entityName", entityName)
                .enumv("state", "TaskInfoState", state)
                .bool("cancelled", false)
                .bool("cancelable", false)
                .put("reason", schema.build("TaskReasonUser").str("userName", userName).typed().done())
                .time("queueTime", queueTime)
                .time("startTime", startTime)
                .time("completeTime", completeTime)
                .num("eventChainId", (long) eventChainId);
        if (progress != null) {
            b.num("progress", progress.longValue());
        }
        if (error != null) {
            b.put("error", error.localized());
        }
        if (result != null) {
            b.put("result", V.any(result));
        }
        return b.done();
    }
}
