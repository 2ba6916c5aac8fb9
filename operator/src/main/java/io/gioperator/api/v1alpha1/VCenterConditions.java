package io.gioperator.api.v1alpha1;

/** Condition types and well-known reasons of {@link VCenter} status. */
public final class VCenterConditions {

  /** Summary: the VCenter can be used by GuestIntrospection objects. */
  public static final String READY = "Ready";

  /** A session to vCenter works (login succeeded and the certificate is trusted). */
  public static final String CONNECTED = "Connected";

  /** Reason: a session to vCenter works. */
  public static final String REASON_CONNECTED = "Connected";

  /** Reason: the credentials Secret or one of its keys does not exist. */
  public static final String REASON_CREDENTIALS_NOT_FOUND = "CredentialsNotFound";

  /** Reason: vCenter refused the user name or password. */
  public static final String REASON_AUTHENTICATION_FAILED = "AuthenticationFailed";

  /** Reason: the vCenter certificate is not trusted (CA bundle) or does not match the pinned thumbprint. */
  public static final String REASON_CERTIFICATE_NOT_TRUSTED = "CertificateNotTrusted";

  /** Reason: the CA bundle Secret or ConfigMap, or its key, does not exist or holds no certificate. */
  public static final String REASON_CA_BUNDLE_NOT_FOUND = "CaBundleNotFound";

  /** Reason: vCenter could not be reached (DNS, TCP, timeout, HTTP error). */
  public static final String REASON_UNREACHABLE = "Unreachable";

  private VCenterConditions() {}
}
