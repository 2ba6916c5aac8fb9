package io.gioperator.reconcile.refs;

import io.gioperator.api.v1alpha1.CaBundleSource;
import io.gioperator.api.v1alpha1.TlsTrust;

/** The CRD's {@code tls} stanza to the client's trust: CA bundle (Secret or ConfigMap), pinned thumbprint, or insecure. */
public final class TrustResolver {

  public static final String CA_BUNDLE_NOT_FOUND = "CaBundleNotFound";

  private final SecretValues values;

  public TrustResolver(SecretValues values) {
    this.values = values;
  }

  public io.gioperator.vsphere.tls.TlsTrust resolve(String namespace, TlsTrust tls, String usedFor) {
    if (tls == null) {
      return io.gioperator.vsphere.tls.TlsTrust.systemDefault();
    }
    if (Boolean.TRUE.equals(tls.getInsecure())) {
      return io.gioperator.vsphere.tls.TlsTrust.insecure();
    }
    if (tls.getThumbprint() != null && !tls.getThumbprint().isBlank()) {
      return io.gioperator.vsphere.tls.TlsTrust.pinned(tls.getThumbprint());
    }
    CaBundleSource ca = tls.getCaBundle();
    if (ca == null) {
      return io.gioperator.vsphere.tls.TlsTrust.systemDefault();
    }
    try {
      String pem = ca.getSecretKeyRef() != null
          ? values.secret(namespace, ca.getSecretKeyRef().getName(), ca.getSecretKeyRef().getKey(), usedFor + " CA bundle")
          : values.configMap(namespace, ca.getConfigMapKeyRef().getName(), ca.getConfigMapKeyRef().getKey(),
              usedFor + " CA bundle");
      if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
        throw new ReferenceException(CA_BUNDLE_NOT_FOUND, usedFor + " CA bundle holds no PEM certificate: "
            + "put the CA certificates (-----BEGIN CERTIFICATE-----) into it");
      }
      return io.gioperator.vsphere.tls.TlsTrust.caBundle(pem);
    } catch (ReferenceException e) {
      throw new ReferenceException(CA_BUNDLE_NOT_FOUND, e.getMessage());
    }
  }
}
