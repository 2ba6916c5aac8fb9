package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.soap.InvalidPowerStateFault;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.vim.EntityMethods;
import java.time.Duration;

/** Power and lifecycle of a VM, each waiting for its task. */
public final class VmOperations {

    private final EntityMethods entities;
    private final TaskWaiter tasks;

    public VmOperations(EntityMethods entities, TaskWaiter tasks) {
        this.entities = entities;
        this.tasks = tasks;
    }

    /** Powers the VM off; a VM that is already off counts as done. */
    public void powerOff(MoRef vm, Duration timeout) {
        try {
            tasks.await(entities.powerOffVmTask(vm), timeout);
        } catch (InvalidPowerStateFault e) {
            if (!"poweredOff".equals(e.existingState())) {
                throw e;
            }
        }
    }

    /** Powers the VM on (on its current host); a VM that is already on counts as done. */
    public void powerOn(MoRef vm, Duration timeout) {
        try {
            tasks.await(entities.powerOnVmTask(vm, null), timeout);
        } catch (InvalidPowerStateFault e) {
            if (!"poweredOn".equals(e.existingState())) {
                throw e;
            }
        }
    }

    /** Deletes the VM from disk (it must be off). */
    public void destroy(MoRef vm, Duration timeout) {
        tasks.await(entities.destroyTask(vm), timeout);
    }

    /** The "re-create, don't reboot" first half: power off (if on), then destroy; each step waits. */
    public void powerOffAndDestroy(MoRef vm, Duration timeoutPerStep) {
        powerOff(vm, timeoutPerStep);
        destroy(vm, timeoutPerStep);
    }
}
