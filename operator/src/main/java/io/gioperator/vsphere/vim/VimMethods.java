package io.gioperator.vsphere.vim;

import io.gioperator.vsphere.soap.SoapInvoker;
import io.gioperator.vsphere.soap.SoapRequest;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.PropertyFilterSpec;
import io.gioperator.vsphere.types.RetrieveResult;
import io.gioperator.vsphere.types.ServiceContent;
import io.gioperator.vsphere.types.UpdateSet;
import io.gioperator.vsphere.types.UserSession;
import io.gioperator.vsphere.types.WaitOptions;
import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * vim25 operations of ServiceInstance, SessionManager, PropertyCollector, ViewManager and SearchIndex: one Java
 * method per SOAP operation, parameters in WSDL order after {@code _this}.
 */
public final class VimMethods {

    public static final MoRef SERVICE_INSTANCE = MoRef.of("ServiceInstance", "ServiceInstance");

    private final SoapInvoker soap;

    public VimMethods(SoapInvoker soap) {
        this.soap = soap;
    }

    public ServiceContent retrieveServiceContent() {
        return soap.invoke(SoapRequest.of("RetrieveServiceContent", SERVICE_INSTANCE),
                r -> ServiceContent.from(returnval(r)));
    }

    /** ServiceInstance.CurrentTime: the server's clock; also the cheapest keep-alive. */
    public Instant currentTime() {
        return soap.invoke(SoapRequest.of("CurrentTime", SERVICE_INSTANCE),
                r -> XmlElement.parseDateTime(returnval(r).text().trim()));
    }

    public UserSession login(MoRef sessionManager, String userName, String password) {
        return soap.invoke(SoapRequest.of("Login", sessionManager,
                        w -> w.element("userName", userName).element("password", password)),
                r -> UserSession.from(returnval(r)));
    }

    public void logout(MoRef sessionManager) {
        soap.invokeVoid(SoapRequest.of("Logout", sessionManager));
    }

    public RetrieveResult retrievePropertiesEx(MoRef collector, List<PropertyFilterSpec> specSet, Integer maxObjects) {
        return soap.invoke(SoapRequest.of("RetrievePropertiesEx", collector, w -> {
            for (PropertyFilterSpec spec : specSet) {
                spec.write(w, "specSet");
            }
            w.start("options").optional("maxObjects", maxObjects).end();
        }), r -> RetrieveResult.from(r.child("returnval")));
    }

    public RetrieveResult continueRetrievePropertiesEx(MoRef collector, String token) {
        return soap.invoke(SoapRequest.of("ContinueRetrievePropertiesEx", collector, w -> w.element("token", token)),
                r -> RetrieveResult.from(returnval(r)));
    }

    public void cancelRetrievePropertiesEx(MoRef collector, String token) {
        soap.invokeVoid(SoapRequest.of("CancelRetrievePropertiesEx", collector, w -> w.element("token", token)));
    }

    /** A private collector (for watches): its filters and versions are not shared with other callers. */
    public MoRef createPropertyCollector(MoRef collector) {
        return soap.invoke(SoapRequest.of("CreatePropertyCollector", collector), r -> MoRef.from(returnval(r)));
    }

    public void destroyPropertyCollector(MoRef collector) {
        soap.invokeVoid(SoapRequest.of("DestroyPropertyCollector", collector));
    }

    public MoRef createFilter(MoRef collector, PropertyFilterSpec spec, boolean partialUpdates) {
        return soap.invoke(SoapRequest.of("CreateFilter", collector, w -> {
            spec.write(w, "spec");
            w.element("partialUpdates", partialUpdates);
        }), r -> MoRef.from(returnval(r)));
    }

    public void destroyPropertyFilter(MoRef filter) {
        soap.invokeVoid(SoapRequest.of("DestroyPropertyFilter", filter));
    }

    /**
     * Waits up to {@code maxWaitSeconds} for changes after {@code version} (null: the initial full set). The call
     * is a long poll: the transport allows the server that much extra time.
     */
    public UpdateSet waitForUpdatesEx(MoRef collector, String version, int maxWaitSeconds, Integer maxObjectUpdates) {
        WaitOptions options = new WaitOptions(maxWaitSeconds, maxObjectUpdates);
        SoapRequest request = new SoapRequest("WaitForUpdatesEx", collector, w -> {
            w.optional("version", version);
            options.write(w, "options");
        }, Duration.ofSeconds(maxWaitSeconds));
        return soap.invoke(request, r -> UpdateSet.from(r.child("returnval"), version));
    }

    public void cancelWaitForUpdates(MoRef collector) {
        soap.invokeVoid(SoapRequest.of("CancelWaitForUpdates", collector));
    }

    public MoRef createContainerView(MoRef viewManager, MoRef container, List<String> types, boolean recursive) {
        return soap.invoke(SoapRequest.of("CreateContainerView", viewManager, w -> {
            container.write(w, "container");
            w.repeated("type", types).element("recursive", recursive);
        }), r -> MoRef.from(returnval(r)));
    }

    public void destroyView(MoRef view) {
        soap.invokeVoid(SoapRequest.of("DestroyView", view));
    }

    /** SearchIndex.FindByInventoryPath, e.g. "dc1/host/cluster-01"; empty when nothing is there. */
    public Optional<MoRef> findByInventoryPath(MoRef searchIndex, String inventoryPath) {
        return soap.invoke(SoapRequest.of("FindByInventoryPath", searchIndex,
                        w -> w.element("inventoryPath", inventoryPath)),
                r -> Optional.ofNullable(r.child("returnval")).map(MoRef::from));
    }

    static XmlElement returnval(XmlElement response) {
        XmlElement returnval = response.child("returnval");
        if (returnval == null) {
            throw new XmlFormatException("<" + response.name() + "> without <returnval>");
        }
        return returnval;
    }
}
