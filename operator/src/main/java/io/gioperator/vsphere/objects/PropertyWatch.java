package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.PropertyFilterSpec;
import io.gioperator.vsphere.types.UpdateSet;
import io.gioperator.vsphere.vim.VimMethods;
import java.util.List;

/**
 * A change feed on a private PropertyCollector: one filter, polled with WaitForUpdatesEx. The first
 * {@link #next(int)} returns every watched object as ENTER with all its properties; later calls return only
 * changes since the previous version. {@link #cancel()} (from another thread) ends a pending wait;
 * {@link #close()} destroys the filter, the collector and any container views the watch owns.
 */
public final class PropertyWatch implements AutoCloseable {

    private final VimMethods vim;
    private final MoRef collector;
    private final MoRef filter;
    private final List<MoRef> ownedViews;
    private volatile String version;

    PropertyWatch(VimMethods vim, MoRef collector, MoRef filter, List<MoRef> ownedViews) {
        this.vim = vim;
        this.collector = collector;
        this.filter = filter;
        this.ownedViews = List.copyOf(ownedViews);
    }

    /** Creates the private collector and the filter. */
    public static PropertyWatch open(VimMethods vim, MoRef propertyCollector, PropertyFilterSpec spec,
                                     List<MoRef> ownedViews) {
        MoRef collector = vim.createPropertyCollector(propertyCollector);
        try {
            MoRef filter = vim.createFilter(collector, spec, true);
            return new PropertyWatch(vim, collector, filter, ownedViews);
        } catch (RuntimeException e) {
            Cleanup.quietly("DestroyPropertyCollector", () -> vim.destroyPropertyCollector(collector));
            ownedViews.forEach(v -> Cleanup.quietly("DestroyView", () -> vim.destroyView(v)));
            throw e;
        }
    }

    /** Waits up to {@code maxWaitSeconds} for changes; an empty update list means nothing changed. */
    public UpdateSet next(int maxWaitSeconds) {
        UpdateSet updates = vim.waitForUpdatesEx(collector, version, maxWaitSeconds, null);
        version = updates.version();
        return updates;
    }

    /** The version token of the last batch (null before the first). */
    public String version() {
        return version;
    }

    public MoRef filter() {
        return filter;
    }

    /** Makes a pending {@link #next(int)} return early (the server answers it with RequestCanceled). */
    public void cancel() {
        vim.cancelWaitForUpdates(collector);
    }

    @Override
    public void close() {
        Cleanup.quietly("DestroyPropertyFilter", () -> vim.destroyPropertyFilter(filter));
        Cleanup.quietly("DestroyPropertyCollector", () -> vim.destroyPropertyCollector(collector));
        for (MoRef view : ownedViews) {
            Cleanup.quietly("DestroyView", () -> vim.destroyView(view));
        }
    }
}
