package io.gioperator.reconcile.refs;

import io.gioperator.api.v1alpha1.CaBundleSource;
import io.gioperator.api.v1alpha1.DownloadTls;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.Patterns;
import java.util.regex.Pattern;

/**
 * Reads the pinned download certificates a PartnerSolution takes from a Secret or ConfigMap
 * ({@code spec.sva|mux.downloadTls.certificateFrom}) and checks them and the inline ones
 * ({@code certificate}) alike: EAM pins exactly one certificate, the server's own.
 */
public final class DownloadCertificates {

  /** An inline certificate or the value of a certificateFrom key is not exactly one PEM certificate. */
  public static final String DOWNLOAD_CERTIFICATE_INVALID = "DownloadCertificateInvalid";

  /** The same bound the CRD puts on an inline certificate. */
  static final int MAX_LENGTH = 16384;

  private static final Pattern PEM = Pattern.compile(Patterns.PEM_CERTIFICATE);
  private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
  private static final String FIX = "put only the download server's own PEM certificate (one -----BEGIN "
      + "CERTIFICATE----- ... -----END CERTIFICATE----- block, not its CA chain) into it";

  /** The PEM read for the OVF and for the VIB download; null where that side has no certificateFrom. */
  public record Pems(String ovf, String vib) {
    public static Pems none() {
      return new Pems(null, null);
    }

    @Override
    public String toString() {
      return "Pems[ovf=" + (ovf != null) + ", vib=" + (vib != null) + "]";
    }
  }

  private final SecretValues values;

  public DownloadCertificates(SecretValues values) {
    this.values = values;
  }

  /** Throws {@link ReferenceException} naming the object, key and field when a source is missing or not a PEM. */
  public Pems resolve(String ns, PartnerSolution partner) {
    var spec = partner.getSpec();
    String who = "PartnerSolution " + ns + "/" + partner.getMetadata().getName() + " ";
    DownloadTls sva = spec.getSva() == null ? null : spec.getSva().getDownloadTls();
    DownloadTls mux = spec.getMux() == null ? null : spec.getMux().getDownloadTls();
    checkInline(sva, who + "spec.sva.downloadTls.certificate");
    checkInline(mux, who + "spec.mux.downloadTls.certificate");
    return new Pems(read(ns, sva, who + "spec.sva.downloadTls.certificateFrom"),
        read(ns, mux, who + "spec.mux.downloadTls.certificateFrom"));
  }

  /** The CRD refuses a chain inline too; this covers objects stored before that rule (or without admission). */
  private static void checkInline(DownloadTls tls, String field) {
    String pem = tls == null ? null : tls.getCertificate();
    if (pem == null || pem.isBlank()) {
      return;
    }
    String problem = problem(pem);
    if (problem != null) {
      throw new ReferenceException(DOWNLOAD_CERTIFICATE_INVALID, field + " " + problem + ": " + FIX);
    }
  }

  private String read(String ns, DownloadTls tls, String field) {
    CaBundleSource from = tls == null ? null : tls.getCertificateFrom();
    if (from == null) {
      return null;
    }
    String pem;
    String where;
    if (from.getSecretKeyRef() != null) {
      var ref = from.getSecretKeyRef();
      pem = values.secret(ns, ref.getName(), ref.getKey(), field);
      where = "Secret " + ns + "/" + ref.getName() + " key " + ref.getKey();
    } else if (from.getConfigMapKeyRef() != null) {
      var ref = from.getConfigMapKeyRef();
      pem = values.configMap(ns, ref.getName(), ref.getKey(), field);
      where = "ConfigMap " + ns + "/" + ref.getName() + " key " + ref.getKey();
    } else {
      throw new ReferenceException(SecretValues.SECRET_NOT_FOUND, field + " names neither a secretKeyRef nor a "
          + "configMapKeyRef: set one of them");
    }
    String problem = problem(pem);
    if (problem != null) {
      throw new ReferenceException(DOWNLOAD_CERTIFICATE_INVALID, where + " (" + field + ") " + problem + ": " + FIX);
    }
    return pem;
  }

  /** Why a value cannot be pinned, or null when it is one PEM certificate. Pure. */
  static String problem(String pem) {
    if (pem.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    if (!PEM.matcher(pem).matches()) {
      return "holds no PEM certificate";
    }
    int count = pem.split(Pattern.quote(BEGIN), -1).length - 1;
    return count == 1 ? null
        : "holds " + count + " certificates, and EAM pins exactly one (the server's own certificate)";
  }
}
