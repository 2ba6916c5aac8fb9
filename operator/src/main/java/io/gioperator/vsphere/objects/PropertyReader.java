package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectContent;
import io.gioperator.vsphere.types.ObjectSpec;
import io.gioperator.vsphere.types.PropertyFilterSpec;
import io.gioperator.vsphere.types.PropertySpec;
import io.gioperator.vsphere.types.RetrieveResult;
import io.gioperator.vsphere.vim.VimMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reads properties with RetrievePropertiesEx, following ContinueRetrievePropertiesEx tokens to the last page. */
public final class PropertyReader {

    private final VimMethods vim;
    private final Supplier<MoRef> propertyCollector;
    private final int pageSize;

    public PropertyReader(VimMethods vim, Supplier<MoRef> propertyCollector, int pageSize) {
        this.vim = vim;
        this.propertyCollector = propertyCollector;
        this.pageSize = pageSize;
    }

    public List<ObjectContent> retrieveAll(PropertyFilterSpec spec) {
        MoRef collector = propertyCollector.get();
        RetrieveResult page = vim.retrievePropertiesEx(collector, List.of(spec), pageSize);
        List<ObjectContent> all = new ArrayList<>(page.objects());
        while (page.hasMore()) {
            page = vim.continueRetrievePropertiesEx(collector, page.token());
            all.addAll(page.objects());
        }
        return all;
    }

    /** Properties of one object; empty content (no properties) when the server returned nothing for it. */
    public ObjectContent retrieveOne(MoRef obj, String... paths) {
        List<ObjectContent> found = retrieveAll(PropertyFilterSpec.of(PropertySpec.of(obj.type(), paths),
                ObjectSpec.of(obj)));
        return found.isEmpty() ? new ObjectContent(obj, java.util.Map.of(), List.of()) : found.get(0);
    }
}
