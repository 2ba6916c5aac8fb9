package io.gioperator.reconcile.gi;

import io.fabric8.kubernetes.api.model.Secret;
import io.gioperator.api.v1alpha1.DownloadTls;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.PartnerSolution;
import io.gioperator.api.v1alpha1.TlsTrust;
import io.gioperator.api.v1alpha1.VCenter;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Which resources refer to a VCenter, a PartnerSolution or a Secret: a change there re-reconciles them. Pure. */
public final class ReferenceMappers {

  private ReferenceMappers() {}

  public static Set<ResourceID> gisUsingVCenter(Stream<GuestIntrospection> gis, VCenter vc) {
    return ids(gis.filter(gi -> gi.getSpec().getVcenterRef() != null
        && vc.getMetadata().getName().equals(gi.getSpec().getVcenterRef().getName())));
  }

  public static Set<ResourceID> gisUsingPartner(Stream<GuestIntrospection> gis, PartnerSolution ps) {
    return ids(gis.filter(gi -> gi.getSpec().getPartnerRef() != null
        && ps.getMetadata().getName().equals(gi.getSpec().getPartnerRef().getName())));
  }

  /** GIs whose VCenter or PartnerSolution (looked up with the given functions) reads this Secret. */
  public static Set<ResourceID> gisUsingSecret(Stream<GuestIntrospection> gis, Secret secret,
                                               Function<ResourceID, VCenter> vcenters,
                                               Function<ResourceID, PartnerSolution> partners) {
    String ns = secret.getMetadata().getNamespace();
    String name = secret.getMetadata().getName();
    return ids(gis.filter(gi -> {
      VCenter vc = gi.getSpec().getVcenterRef() == null ? null
          : vcenters.apply(new ResourceID(gi.getSpec().getVcenterRef().getName(), ns));
      PartnerSolution ps = gi.getSpec().getPartnerRef() == null ? null
          : partners.apply(new ResourceID(gi.getSpec().getPartnerRef().getName(), ns));
      return (vc != null && vCenterSecrets(vc).contains(name)) || (ps != null && partnerSecrets(ps).contains(name));
    }));
  }

  public static Set<String> vCenterSecrets(VCenter vc) {
    Set<String> out = new HashSet<>();
    if (vc.getSpec().getCredentialsSecretRef() != null) {
      out.add(vc.getSpec().getCredentialsSecretRef().getName());
    }
    addTls(out, vc.getSpec().getTls());
    out.remove(null);
    return out;
  }

  public static Set<String> partnerSecrets(PartnerSolution ps) {
    Set<String> out = new HashSet<>();
    var spec = ps.getSpec();
    if (spec.getSva() != null && spec.getSva().getOvfProperties() != null) {
      spec.getSva().getOvfProperties().stream()
          .filter(p -> p.getValueFrom() != null && p.getValueFrom().getSecretKeyRef() != null)
          .forEach(p -> out.add(p.getValueFrom().getSecretKeyRef().getName()));
    }
    if (spec.getSolutionManager() != null) {
      if (spec.getSolutionManager().getCredentialsSecretRef() != null) {
        out.add(spec.getSolutionManager().getCredentialsSecretRef().getName());
      }
      addTls(out, spec.getSolutionManager().getTls());
    }
    addDownloadTls(out, spec.getSva() == null ? null : spec.getSva().getDownloadTls());
    addDownloadTls(out, spec.getMux() == null ? null : spec.getMux().getDownloadTls());
    out.remove(null);
    return out;
  }

  private static void addTls(Set<String> out, TlsTrust tls) {
    if (tls != null && tls.getCaBundle() != null && tls.getCaBundle().getSecretKeyRef() != null) {
      out.add(tls.getCaBundle().getSecretKeyRef().getName());
    }
  }

  /** ConfigMaps are not watched (the operator may only get them): the periodic reconcile picks those up. */
  private static void addDownloadTls(Set<String> out, DownloadTls tls) {
    if (tls != null && tls.getCertificateFrom() != null && tls.getCertificateFrom().getSecretKeyRef() != null) {
      out.add(tls.getCertificateFrom().getSecretKeyRef().getName());
    }
  }

  private static <T extends io.fabric8.kubernetes.api.model.HasMetadata> Set<ResourceID> ids(Stream<T> items) {
    Set<ResourceID> out = new HashSet<>();
    items.filter(Objects::nonNull).forEach(r -> out.add(ResourceID.fromResource(r)));
    return out;
  }
}
