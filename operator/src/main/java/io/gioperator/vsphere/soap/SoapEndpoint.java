package io.gioperator.vsphere.soap;

import java.net.URI;
import java.util.Objects;

/**
 * Where and how a SOAP service is reached: {@code https://vc/sdk} with {@code urn:vim25}, or
 * {@code https://vc/eam/sdk} with {@code urn:eam}; the API version goes into the SOAPAction header.
 */
public record SoapEndpoint(URI url, String namespace, String apiVersion) {

    public static final String VIM25_NAMESPACE = "urn:vim25";
    public static final String EAM_NAMESPACE = "urn:eam";
    /** vSphere 7.0 U3: the newest vim25 release every supported vCenter (7.0 U3 and 8.0) understands. */
    public static final String VIM25_VERSION = "7.0.3.0";
    /** EAM 7.0: the version of every EAM type this client serializes (newer issue subtypes are parsed anyway). */
    public static final String EAM_VERSION = "7.0";

    public SoapEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(apiVersion, "apiVersion");
    }

    /** The vim25 endpoint {@code <base>/sdk} of a vCenter given as {@code https://host[:port]}. */
    public static SoapEndpoint vim25(URI base) {
        return new SoapEndpoint(base.resolve("/sdk"), VIM25_NAMESPACE, VIM25_VERSION);
    }

    /** The ESX Agent Manager endpoint {@code <base>/eam/sdk}. */
    public static SoapEndpoint eam(URI base) {
        return new SoapEndpoint(base.resolve("/eam/sdk"), EAM_NAMESPACE, EAM_VERSION);
    }

    /** The quoted SOAPAction value, e.g. {@code "urn:vim25/7.0.3.0"}. */
    public String soapAction(String versionOverride) {
        return "\"" + namespace + "/" + (versionOverride == null ? apiVersion : versionOverride) + "\"";
    }
}
