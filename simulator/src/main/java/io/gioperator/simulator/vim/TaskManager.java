package io.gioperator.simulator.vim;

import io.gioperator.simulator.core.SimScheduler;
import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates tasks and moves them through their states on the scheduler; completed tasks are forgotten after the
 * retention time, as vCenter purges its task list.
 */
public final class TaskManager {
    /** The work behind a task; it reports completion through {@link Completion}. */
    public interface Work {
        void start(Task task, Completion completion) throws SoapFault;
    }

    /** How a task's work reports its outcome. */
    public interface Completion {
        void success(V result);

        void failure(SoapFault fault);

        void progress(int percent);
    }

    private final World world;
    private final SimScheduler scheduler;
    private final Timings timings;
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private long taskSeq;
    private int eventChain = 1000;

    public TaskManager(World world, SimScheduler scheduler, Timings timings) {
        this.world = world;
        this.scheduler = scheduler;
        this.timings = timings;
    }

    /** Queues a task; its work starts after the queue delay. Must run under the world lock. */
    public Task start(V.Ref entity, String entityName, String method, String descriptionId, String user, Work work) {
        purge();
        Task t = new Task("task-" + (++taskSeq), entity, entityName, method, descriptionId, user, world.now(),
                ++eventChain);
        tasks.put(t.id(), t);
        world.touch();
        scheduler.after(timings.taskQueue(), () -> {
            t.running(world.now());
            world.touch();
            Completion c = new Completion() {
                @Override
                public void success(V result) {
                    if (!t.done()) {
                        t.succeed(result, world.now());
                        world.touch();
                    }
                }

                @Override
                public void failure(SoapFault fault) {
                    if (!t.done()) {
                        t.fail(fault, world.now());
                        world.touch();
                    }
                }

                @Override
                public void progress(int percent) {
                    if (!t.done()) {
                        t.progress(percent);
                        world.touch();
                    }
                }
            };
            try {
                work.start(t, c);
            } catch (SoapFault f) {
                c.failure(f);
            }
            scheduler.after(timings.taskQueue().multipliedBy(2), () -> c.progress(50));
        });
        return t;
    }

    public Task task(String id) {
        return tasks.get(id);
    }

    public int count() {
        return tasks.size();
    }

    private void purge() {
        java.time.Instant cutoff = world.now().minus(timings.taskRetention());
        for (Iterator<Task> it = tasks.values().iterator(); it.hasNext(); ) {
            Task t = it.next();
            if (t.done() && t.completeTime().isBefore(cutoff)) {
                it.remove();
            }
        }
    }
}
