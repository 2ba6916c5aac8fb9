package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.xml.XmlWriter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One SOAP operation: its wire name, the {@code _this} object, the parameters (written in WSDL order after
 * {@code _this}), for long polls such as WaitForUpdatesEx how long the server may legitimately hold the call, and
 * the API version for the SOAPAction when the operation needs a newer one than the endpoint's default (null: default).
 */
public record SoapRequest(String method, MoRef self, Consumer<XmlWriter> params, Duration serverHold,
                          String apiVersion) {

    private static final Consumer<XmlWriter> NO_PARAMS = w -> { };

    public SoapRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(self, "self");
        params = params == null ? NO_PARAMS : params;
        serverHold = serverHold == null ? Duration.ZERO : serverHold;
    }

    public SoapRequest(String method, MoRef self, Consumer<XmlWriter> params, Duration serverHold) {
        this(method, self, params, serverHold, null);
    }

    /** The same request sent with SOAPAction {@code "<namespace>/<apiVersion>"}. */
    public SoapRequest withApiVersion(String version) {
        return new SoapRequest(method, self, params, serverHold, version);
    }

    public static SoapRequest of(String method, MoRef self) {
        return new SoapRequest(method, self, NO_PARAMS, Duration.ZERO);
    }

    public static SoapRequest of(String method, MoRef self, Consumer<XmlWriter> params) {
        return new SoapRequest(method, self, params, Duration.ZERO);
    }

    public boolean isLongPoll() {
        return !serverHold.isZero();
    }
}
