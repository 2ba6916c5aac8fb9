package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.soap.VSphereException;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.TaskInfo;

/** A task did not finish within the caller's deadline. It may still be running in vCenter: wait again later. */
public class TaskTimeoutException extends VSphereException {

    private final MoRef task;
    private final TaskInfo.State lastState;

    public TaskTimeoutException(MoRef task, TaskInfo.State lastState, long waitedMillis) {
        super("task " + task.value() + " still " + lastState + " after " + waitedMillis + " ms");
        this.task = task;
        this.lastState = lastState;
    }

    public MoRef task() {
        return task;
    }

    public TaskInfo.State lastState() {
        return lastState;
    }

    @Override
    public String outcome() {
        return "task_timeout";
    }
}
