package io.gioperator.reconcile.observe;

import io.gioperator.partner.PartnerException;
import io.gioperator.partner.PartnerUnauthorizedException;
import io.gioperator.partner.PartnerUnavailableException;
import io.gioperator.reconcile.refs.DownloadCertificates;
import io.gioperator.reconcile.refs.ReferenceException;
import io.gioperator.vsphere.session.SessionClosedException;
import io.gioperator.vsphere.soap.CertificateNotTrustedFault;
import io.gioperator.vsphere.soap.EamInvalidLoginFault;
import io.gioperator.vsphere.soap.EamServiceNotInitializedFault;
import io.gioperator.vsphere.soap.InvalidLoginFault;
import io.gioperator.vsphere.soap.NotAuthenticatedFault;
import io.gioperator.vsphere.soap.NotAuthorizedFault;
import io.gioperator.vsphere.soap.VSphereException;
import io.gioperator.vsphere.soap.VSphereFault;
import io.gioperator.vsphere.soap.VSphereTlsException;
import io.gioperator.vsphere.soap.VSphereTransientException;

/**
 * Classifies a failure into the stable CamelCase reasons of conditions and {@code gi_reconcile_failures_total}.
 * Pure; messages never carry credentials (the clients keep them out of exception texts).
 */
public final class FailureReasons {

  public static final String VCENTER_UNREACHABLE = "VCenterUnreachable";
  public static final String INVALID_CREDENTIALS = "InvalidCredentials";
  public static final String CERTIFICATE_NOT_TRUSTED = "CertificateNotTrusted";
  /** EAM (8.2) refused CreateAgency/Update: it does not trust the OVF or VIB server's certificate. */
  public static final String DOWNLOAD_CERTIFICATE_NOT_TRUSTED = "DownloadCertificateNotTrusted";
  public static final String NOT_AUTHORIZED = "NotAuthorized";
  public static final String CLUSTER_NOT_FOUND = "ClusterNotFound";
  public static final String PLACEMENT_NOT_FOUND = "PlacementNotFound";
  public static final String EAM_NOT_READY = "EamNotReady";
  public static final String EAM_FAULT = "EamFault";
  public static final String VSPHERE_FAULT = "VSphereFault";
  public static final String PARTNER_UNREACHABLE = "PartnerUnreachable";
  public static final String PARTNER_UNAUTHORIZED = "PartnerUnauthorized";
  public static final String PARTNER_FAULT = "PartnerFault";
  public static final String SECRET_NOT_FOUND = "SecretNotFound";
  public static final String REFERENCE_NOT_FOUND = "ReferenceNotFound";
  public static final String INVALID_SPEC = "InvalidSpec";
  public static final String INCOMPATIBLE = "Incompatible";
  public static final String INTERNAL_ERROR = "InternalError";

  /** Every reason, so counters can be registered at 0 and {@code increase()} works from the first failure. */
  public static final java.util.List<String> ALL = java.util.List.of(VCENTER_UNREACHABLE, INVALID_CREDENTIALS,
      CERTIFICATE_NOT_TRUSTED, DOWNLOAD_CERTIFICATE_NOT_TRUSTED, NOT_AUTHORIZED, CLUSTER_NOT_FOUND, PLACEMENT_NOT_FOUND, EAM_NOT_READY, EAM_FAULT,
      VSPHERE_FAULT, PARTNER_UNREACHABLE, PARTNER_UNAUTHORIZED, PARTNER_FAULT, SECRET_NOT_FOUND,
      REFERENCE_NOT_FOUND, INVALID_SPEC, INCOMPATIBLE, INTERNAL_ERROR);

  private FailureReasons() {}

  public static String reason(Throwable e) {
    if (e instanceof ObserveException o) {
      return o.reason();
    }
    if (e instanceof ReferenceException r) {
      if (DownloadCertificates.DOWNLOAD_CERTIFICATE_INVALID.equals(r.reason())) {
        return INVALID_SPEC;
      }
      return r.reason().startsWith("Secret") || r.reason().startsWith("Credentials")
          || r.reason().startsWith("CaBundle") || r.reason().startsWith("ConfigMap")
          ? SECRET_NOT_FOUND : REFERENCE_NOT_FOUND;
    }
    if (e instanceof InvalidLoginFault || e instanceof EamInvalidLoginFault || e instanceof NotAuthenticatedFault) {
      return INVALID_CREDENTIALS;
    }
    if (e instanceof VSphereTlsException) {
      return CERTIFICATE_NOT_TRUSTED;
    }
    if (e instanceof NotAuthorizedFault) {
      return NOT_AUTHORIZED;
    }
    if (e instanceof EamServiceNotInitializedFault) {
      return EAM_NOT_READY;
    }
    if (e instanceof CertificateNotTrustedFault) {
      return DOWNLOAD_CERTIFICATE_NOT_TRUSTED;
    }
    if (e instanceof VSphereTransientException || e instanceof SessionClosedException) {
      return VCENTER_UNREACHABLE;
    }
    if (e instanceof VSphereFault f) {
      return f.getClass().getPackageName().endsWith("soap") && isEam(f) ? EAM_FAULT : VSPHERE_FAULT;
    }
    if (e instanceof VSphereException) {
      return VCENTER_UNREACHABLE;
    }
    if (e instanceof PartnerUnauthorizedException) {
      return PARTNER_UNAUTHORIZED;
    }
    if (e instanceof PartnerUnavailableException) {
      return PARTNER_UNREACHABLE;
    }
    if (e instanceof PartnerException) {
      return PARTNER_FAULT;
    }
    if (e instanceof IllegalArgumentException) {
      return INVALID_SPEC;
    }
    return INTERNAL_ERROR;
  }

  /** A short message for conditions and events: the exception's own text, which never holds secrets. */
  public static String message(Throwable e) {
    return message(e, null, null);
  }

  /**
   * As {@link #message(Throwable)}; {@code ovfUrl}/{@code vibUrl} (of the agency config sent, may be null) let a
   * CertificateNotTrustedFault name the one PartnerSolution field that fixes it.
   */
  public static String message(Throwable e, String ovfUrl, String vibUrl) {
    String text = e.getMessage();
    text = text == null || text.isBlank() ? e.getClass().getSimpleName() : text;
    if (e instanceof CertificateNotTrustedFault c) {
      // EAM's own text says neither which download failed for sure nor what to do about it.
      String url = c.url() == null ? "the OVF or VIB server" : c.url();
      text += " (EAM does not trust the TLS certificate of " + url + ": pin the server's own certificate with "
          + downloadTlsField(c.url(), ovfUrl, vibUrl) + " (certificate or certificateFrom) on the PartnerSolution, "
          + "or add its CA to vCenter's trusted roots; the operator retries)";
    }
    return text;
  }

  /** The downloadTls field for a URL: the OVF's, the VIB bundle's, or both named when it cannot tell. */
  static String downloadTlsField(String url, String ovfUrl, String vibUrl) {
    boolean ovf = url != null && url.equals(ovfUrl);
    boolean vib = url != null && url.equals(vibUrl);
    if (ovf != vib) {
      return ovf ? "spec.sva.downloadTls" : "spec.mux.downloadTls";
    }
    return "spec.sva.downloadTls (OVF) or spec.mux.downloadTls (VIB bundle)";
  }

  private static boolean isEam(VSphereFault f) {
    String type = f.faultType() == null ? "" : f.faultType();
    return type.startsWith("Eam") || type.startsWith("InvalidAgen") || type.contains("Agency");
  }
}
