package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.soap.FaultMapper;
import io.gioperator.vsphere.soap.VSphereProtocolException;
import io.gioperator.vsphere.soap.VSphereTransientException;
import io.gioperator.vsphere.types.LocalizedMethodFault;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectContent;
import io.gioperator.vsphere.types.TaskInfo;
import java.time.Duration;

/**
 * Waits for a vim25 Task by reading its {@code info} property with growing pauses (initial, x1.5, up to max).
 * Success returns the TaskInfo (with its result); an error is thrown as the same typed fault a SOAP fault would
 * be, with the task's localized message.
 */
public final class TaskWaiter {

    private final PropertyReader reader;
    private final Duration initialPause;
    private final Duration maxPause;

    public TaskWaiter(PropertyReader reader, Duration initialPause, Duration maxPause) {
        this.reader = reader;
        this.initialPause = initialPause;
        this.maxPause = maxPause;
    }

    public TaskInfo await(MoRef task, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long pauseMillis = Math.max(1, initialPause.toMillis());
        while (true) {
            TaskInfo info = read(task);
            if (info.state() == TaskInfo.State.SUCCESS) {
                return info;
            }
            if (info.state() == TaskInfo.State.ERROR) {
                throw failure(info.error());
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                throw new TaskTimeoutException(task, info.state(), (System.nanoTime() - start) / 1_000_000);
            }
            sleep(Math.min(pauseMillis, remainingMillis));
            pauseMillis = Math.min(maxPause.toMillis(), Math.max(pauseMillis + 1, pauseMillis * 3 / 2));
        }
    }

    private TaskInfo read(MoRef task) {
        ObjectContent content = reader.retrieveOne(task, "info");
        return content.property("info").map(v -> TaskInfo.from(v.element()))
                .orElseThrow(() -> new VSphereProtocolException("task " + task.value() + " has no info property"));
    }

    private static RuntimeException failure(LocalizedMethodFault error) {
        if (error == null) {
            return new VSphereProtocolException("task failed without an error");
        }
        return FaultMapper.map(error.faultType(), error.localizedMessage(), error.fault());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VSphereTransientException(VSphereTransientException.Reason.IO, "interrupted while waiting for a task", e);
        }
    }
}
