package io.gioperator.reconcile.refs;

import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.OvfProperty;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.SolutionManagerSpec;
import io.gioperator.api.v1alpha1.VCenter;
import io.gioperator.partner.PartnerClientConfig;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.gioperator.vsphere.session.VCenterTarget;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resolves everything a GuestIntrospection refers to: its VCenter, PartnerSolution and their Secrets. */
public final class GiReferences {

  public static final String VCENTER_NOT_FOUND = "VCenterNotFound";
  public static final String PARTNER_SOLUTION_NOT_FOUND = "PartnerSolutionNotFound";

  /**
   * What a reconcile needs; OVF property values (possibly secret) live only in this object. {@code downloadPems}: the
   * pinned certificates read from downloadTls.certificateFrom.
   */
  public record Resolved(VCenter vcenter, VCenterTarget target, PartnerSolution partner,
                         Map<String, String> ovfProperties, PartnerClientConfig partnerConfig,
                         DownloadCertificates.Pems downloadPems) {
    @Override
    public String toString() {
      return "Resolved[vcenter=" + vcenter.getMetadata().getName() + ", partner="
          + partner.getMetadata().getName() + ", ovfProperties=" + ovfProperties.keySet() + "]";
    }
  }

  private final KubernetesClient client;
  private final SecretValues values;
  private final VCenterTargets targets;
  private final TrustResolver trust;
  private final DownloadCertificates downloads;
  private final LastResolved<VCenterTarget> lastTargets = new LastResolved<>();
  private final LastResolved<PartnerClientConfig> lastPartnerConfigs = new LastResolved<>();

  public GiReferences(KubernetesClient client) {
    this.client = client;
    this.values = new SecretValues(client);
    this.targets = new VCenterTargets(values);
    this.trust = new TrustResolver(values);
    this.downloads = new DownloadCertificates(values);
  }

  /** Everything converging needs: the VCenter, its target, the PartnerSolution and the values it reads. */
  public Resolved resolve(GuestIntrospection gi) {
    return resolve(gi, false);
  }

  /**
   * What removal needs: the VCenter, its target and the solution manager's client settings, but not the OVF
   * property values or the pinned download certificates. A Secret or ConfigMap that only configured the SVA (often
   * deleted together with the GuestIntrospection, e.g. by {@code kubectl delete -f dir/}) must not block removal.
   * Neither must the VCenter credentials or the solution manager token deleted at the same time: removal then uses
   * what this process last read from them ({@link LastResolved}).
   */
  public Resolved resolveForRemoval(GuestIntrospection gi) {
    return resolve(gi, true);
  }

  private Resolved resolve(GuestIntrospection gi, boolean removal) {
    String ns = gi.getMetadata().getNamespace();
    String vcName = gi.getSpec().getVcenterRef() == null ? null : gi.getSpec().getVcenterRef().getName();
    VCenter vcenter = vcName == null ? null : client.resources(VCenter.class).inNamespace(ns).withName(vcName).get();
    if (vcenter == null) {
      throw new ReferenceException(VCENTER_NOT_FOUND, "VCenter " + ns + "/" + vcName
          + " (spec.vcenterRef) does not exist: create it or fix spec.vcenterRef.name");
    }
    String psName = gi.getSpec().getPartnerRef() == null ? null : gi.getSpec().getPartnerRef().getName();
    PartnerSolution partner = psName == null ? null
        : client.resources(PartnerSolution.class).inNamespace(ns).withName(psName).get();
    if (partner == null) {
      throw new ReferenceException(PARTNER_SOLUTION_NOT_FOUND, "PartnerSolution " + ns + "/" + psName
          + " (spec.partnerRef) does not exist: create it or fix spec.partnerRef.name");
    }
    VCenterTarget target = lastTargets.resolve(vcenter, removal, () -> targets.resolve(vcenter));
    PartnerClientConfig partnerConfig = lastPartnerConfigs.resolve(partner, removal, () -> partnerConfig(ns, partner));
    if (removal) {
      return new Resolved(vcenter, target, partner, Map.of(), partnerConfig, DownloadCertificates.Pems.none());
    }
    Map<String, String> ovf = ovfProperties(ns, partner);
    return new Resolved(vcenter, target, partner, ovf, partnerConfig, downloadPems(ns, partner));
  }

  /** The pinned download certificates a PartnerSolution reads from Secrets or ConfigMaps (certificateFrom). */
  public DownloadCertificates.Pems downloadPems(String ns, PartnerSolution partner) {
    return downloads.resolve(ns, partner);
  }

  /** The partner client settings, or null when the PartnerSolution has no solution manager. */
  public PartnerClientConfig partnerConfig(String ns, PartnerSolution partner) {
    SolutionManagerSpec sm = partner.getSpec().getSolutionManager();
    if (sm == null || sm.getUrl() == null) {
      return null;
    }
    String who = "PartnerSolution " + ns + "/" + partner.getMetadata().getName() + " solution manager";
    if (sm.getCredentialsSecretRef() == null) {
      throw new ReferenceException(SecretValues.SECRET_NOT_FOUND, who + " has no credentialsSecretRef");
    }
    String token = values.secret(ns, sm.getCredentialsSecretRef().getName(),
        sm.getCredentialsSecretRef().getTokenKey(), who + " token");
    return PartnerClientConfig.of(URI.create(sm.getUrl()), token.trim(), trust.resolve(ns, sm.getTls(), who));
  }

  /**
   * The OVF property values of a PartnerSolution, Secret-backed ones read; throws {@link ReferenceException} naming
   * the missing Secret or key. Values are secrets: never log or show them.
   */
  public Map<String, String> ovfProperties(String ns, PartnerSolution partner) {
    Map<String, String> out = new LinkedHashMap<>();
    if (partner.getSpec().getSva() == null || partner.getSpec().getSva().getOvfProperties() == null) {
      return out;
    }
    for (OvfProperty p : partner.getSpec().getSva().getOvfProperties()) {
      if (p.getValueFrom() != null && p.getValueFrom().getSecretKeyRef() != null) {
        var ref = p.getValueFrom().getSecretKeyRef();
        out.put(p.getKey(), values.secret(ns, ref.getName(), ref.getKey(), "OVF property " + p.getKey()));
      } else {
        out.put(p.getKey(), p.getValue() == null ? "" : p.getValue());
      }
    }
    return out;
  }
}
