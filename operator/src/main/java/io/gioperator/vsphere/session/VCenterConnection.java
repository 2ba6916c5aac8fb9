package io.gioperator.vsphere.session;

import io.gioperator.vsphere.eam.EamMethods;
import io.gioperator.vsphere.objects.Agencies;
import io.gioperator.vsphere.objects.HostOperations;
import io.gioperator.vsphere.objects.Inventory;
import io.gioperator.vsphere.objects.PropertyReader;
import io.gioperator.vsphere.objects.TaskWaiter;
import io.gioperator.vsphere.objects.VmOperations;
import io.gioperator.vsphere.objects.Watches;
import io.gioperator.vsphere.types.ServiceContent;
import io.gioperator.vsphere.vim.EntityMethods;
import io.gioperator.vsphere.vim.VimMethods;

/**
 * What a reconciler holds for one vCenter, taken from {@link VCenterSessionPool#connect(String, VCenterTarget)}: typed
 * vim25 and EAM methods and the objects layer, all on the pool's shared session and through the vCenter's call
 * budget. Cheap to obtain per reconcile; do not cache it across credential changes (a rotated connection throws
 * {@link SessionClosedException}).
 */
public final class VCenterConnection {

    private final VCenterSession session;
    private final VimMethods vim;
    private final EntityMethods entities;
    private final EamMethods eam;
    private final PropertyReader properties;
    private final TaskWaiter tasks;

    VCenterConnection(VCenterSession session, VSphereClientConfig config) {
        this.session = session;
        this.vim = new VimMethods(session.vimInvoker());
        this.entities = new EntityMethods(session.vimInvoker());
        this.eam = new EamMethods(session.eamInvoker());
        this.properties = new PropertyReader(vim, () -> session.serviceContent().propertyCollector(),
                config.propertyPageSize());
        this.tasks = new TaskWaiter(properties, config.taskPollInitial(), config.taskPollMax());
    }

    /** The vCenter's host name. */
    public String vcenter() {
        return session.target().host();
    }

    /** The ServiceContent (logs in on first use): about (version/build), root folder, collector, managers. */
    public ServiceContent serviceContent() {
        return session.serviceContent();
    }

    /** vim25 methods of ServiceInstance, PropertyCollector, ViewManager, SearchIndex. */
    public VimMethods vim() {
        return vim;
    }

    /** vim25 methods on VMs and hosts (power, destroy, maintenance mode, reboot, VIBs). */
    public EntityMethods entities() {
        return entities;
    }

    /** ESX Agent Manager methods. */
    public EamMethods eam() {
        return eam;
    }

    public PropertyReader properties() {
        return properties;
    }

    public Inventory inventory() {
        return new Inventory(vim, session::serviceContent, properties);
    }

    public TaskWaiter tasks() {
        return tasks;
    }

    public VmOperations vms() {
        return new VmOperations(entities, tasks);
    }

    public HostOperations hosts() {
        return new HostOperations(entities, properties, tasks);
    }

    public Watches watches() {
        return new Watches(vim, session::serviceContent);
    }

    public Agencies agencies() {
        return new Agencies(eam);
    }

    /** False once the pool closed this connection's session (rotation, disconnect, shutdown). */
    public boolean isOpen() {
        return !session.isClosed();
    }
}
