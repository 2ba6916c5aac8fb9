package io.gioperator.reconcile.observe;

import io.gioperator.reconcile.desired.MoRefText;
import io.gioperator.reconcile.model.AgencySpec;
import io.gioperator.reconcile.model.DownloadTrust;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.eam.AgencyConfigInfo;
import io.gioperator.vsphere.types.eam.AgencyScope;
import io.gioperator.vsphere.types.eam.AgencyVmFolder;
import io.gioperator.vsphere.types.eam.AgencyVmResourcePool;
import io.gioperator.vsphere.types.eam.AgentConfigInfo;
import io.gioperator.vsphere.types.eam.AgentSslTrust;
import io.gioperator.vsphere.types.eam.OvfProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AgencySpec} to EAM's {@code AgencyConfigInfo} and back, so that "the read-back config differs from the
 * spec" is a plain equals. One agent config per ESXi version (EAM matches on {@code embeddedEsx} + version).
 */
public final class AgencyConfigMapping {

  static final String PRODUCT_LINE = "embeddedEsx";

  private AgencyConfigMapping() {}

  public static AgencyConfigInfo toWire(String agencyName, AgencySpec spec) {
    List<OvfProperty> env = spec.ovfProperties().entrySet().stream()
        .map(e -> new OvfProperty(e.getKey(), e.getValue())).toList();
    List<AgentConfigInfo> configs = new ArrayList<>();
    for (String version : spec.hostVersions()) {
      AgentConfigInfo c = AgentConfigInfo.of(spec.ovfUrl(), env, spec.vibUrl()).withHostMatch(PRODUCT_LINE, version)
          .withSslTrust(toWire(spec.ovfTrust()), toWire(spec.vibTrust()));
      configs.add(spec.diskProvisioning() == null ? c : c.withOvfDiskProvisioning(spec.diskProvisioning()));
    }
    MoRef cluster = MoRefText.parseTyped(spec.clusterRef());
    var builder = AgencyConfigInfo.builder()
        .agentConfig(configs)
        .scope(AgencyScope.cluster(cluster))
        .agencyName(agencyName)
        .agentName(spec.agentVmNamePrefix())
        .agentVmDatastore(spec.datastoreRefs().stream().map(MoRefText::parseTyped).toList())
        .agentVmNetwork(spec.networkRefs().stream().map(MoRefText::parseTyped).toList());
    if (spec.folderRef() != null && spec.datacenterRef() != null) {
      builder.folders(List.of(new AgencyVmFolder(MoRefText.parseTyped(spec.folderRef()),
          MoRefText.parseTyped(spec.datacenterRef()))));
    }
    if (spec.resourcePoolRef() != null) {
      builder.resourcePools(List.of(new AgencyVmResourcePool(MoRefText.parseTyped(spec.resourcePoolRef()), cluster)));
    }
    return builder.build();
  }

  public static AgencySpec toSpec(AgencyConfigInfo config) {
    String cluster = null;
    if (config.scope() instanceof AgencyScope.ComputeResources cr && !cr.computeResources().isEmpty()) {
      cluster = MoRefText.typed(cr.computeResources().get(0));
    }
    AgentConfigInfo first = config.agentConfig().isEmpty() ? null : config.agentConfig().get(0);
    Map<String, String> props = new LinkedHashMap<>();
    if (first != null) {
      first.ovfEnvironment().forEach(p -> props.put(p.key(), p.value()));
    }
    List<String> versions = config.agentConfig().stream().map(AgentConfigInfo::hostVersion)
        .filter(v -> v != null).toList();
    AgencyVmFolder folder = config.folders().isEmpty() ? null : config.folders().get(0);
    AgencyVmResourcePool pool = config.resourcePools().isEmpty() ? null : config.resourcePools().get(0);
    return new AgencySpec(cluster,
        first == null ? null : first.ovfPackageUrl(), props,
        first == null ? null : first.vibUrl(),
        first == null ? null : first.ovfDiskProvisioning(),
        config.agentName(),
        config.agentVmDatastore().stream().map(MoRefText::typed).toList(),
        config.agentVmNetwork().stream().map(MoRefText::typed).toList(),
        folder == null ? null : MoRefText.typed(folder.folderId()),
        folder == null ? null : MoRefText.typed(folder.datacenterId()),
        pool == null ? null : MoRefText.typed(pool.resourcePoolId()),
        versions,
        first == null ? null : toModel(first.ovfSslTrust()),
        first == null ? null : toModel(first.vibSslTrust()));
  }

  static AgentSslTrust toWire(DownloadTrust trust) {
    if (trust == null) {
      return null;
    }
    return trust instanceof DownloadTrust.Pinned pinned ? AgentSslTrust.pinned(pinned.pem())
        : AgentSslTrust.anyCertificate();
  }

  static DownloadTrust toModel(AgentSslTrust trust) {
    if (trust == null) {
      return null;
    }
    return trust instanceof AgentSslTrust.PinnedPemCertificate pinned ? DownloadTrust.pinned(pinned.sslCertificate())
        : DownloadTrust.any();
  }
}
