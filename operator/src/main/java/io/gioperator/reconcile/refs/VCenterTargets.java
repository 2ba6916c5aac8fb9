package io.gioperator.reconcile.refs;

import io.gioperator.api.v1alpha1.VCenter;
import io.gioperator.api.v1alpha1.VCenterCredentials;
import io.gioperator.api.v1alpha1.VCenterConditions;
import io.gioperator.vsphere.session.VCenterTarget;
import java.net.URI;

/** A VCenter resource plus its Secret (and CA bundle) to the client's {@link VCenterTarget}. */
public final class VCenterTargets {

  private final SecretValues values;
  private final TrustResolver trust;

  public VCenterTargets(SecretValues values) {
    this.values = values;
    this.trust = new TrustResolver(values);
  }

  /**
   * Who owns the pool session of this VCenter: its namespace/name. The VCenter controller and every
   * GuestIntrospection that refers to it connect as this owner, so a changed Secret or trust replaces only this
   * VCenter's old session, never that of another VCenter resource for the same server and user.
   */
  public static String sessionOwner(VCenter vcenter) {
    return vcenter.getMetadata().getNamespace() + "/" + vcenter.getMetadata().getName();
  }

  public VCenterTarget resolve(VCenter vcenter) {
    String ns = vcenter.getMetadata().getNamespace();
    String who = "VCenter " + ns + "/" + vcenter.getMetadata().getName();
    VCenterCredentials creds = vcenter.getSpec().getCredentialsSecretRef();
    if (creds == null) {
      throw new ReferenceException(VCenterConditions.REASON_CREDENTIALS_NOT_FOUND,
          who + " has no spec.credentialsSecretRef: name a Secret with username and password");
    }
    String user;
    String password;
    try {
      user = values.secret(ns, creds.getName(), creds.getUsernameKey(), who + " credentials");
      password = values.secret(ns, creds.getName(), creds.getPasswordKey(), who + " credentials");
    } catch (ReferenceException e) {
      throw new ReferenceException(VCenterConditions.REASON_CREDENTIALS_NOT_FOUND, e.getMessage());
    }
    var tls = trust.resolve(ns, vcenter.getSpec().getTls(), who);
    return new VCenterTarget(URI.create(vcenter.getSpec().getServer()), user.trim(), password, tls);
  }
}
