package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.xml.XmlElement;
import java.util.function.Function;

/**
 * Sends a request and decodes the {@code <MethodResponse>} element. The session layer implements it (cookie,
 * one re-login, call budget); the typed method facades only describe requests and decoders.
 */
@FunctionalInterface
public interface SoapInvoker {

    <T> T invoke(SoapRequest request, Function<XmlElement, T> decoder);

    /** For void operations: the response element is checked but otherwise ignored. */
    default void invokeVoid(SoapRequest request) {
        invoke(request, response -> null);
    }
}
