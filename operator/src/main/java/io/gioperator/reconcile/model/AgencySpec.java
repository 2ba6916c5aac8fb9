package io.gioperator.reconcile.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An EAM agency configuration in neutral form, for both the desired config (from the spec) and the
 * config read back from EAM. The canonical constructor normalizes (trimmed text, blank = unset,
 * sorted OVF properties, de-duplicated lists, sorted host versions) so "observed config differs from
 * desired" is a plain {@link #equals}. Datastore and network lists keep their order: EAM uses the
 * first one present on a host.
 *
 * <p>OVF property values can be secrets: {@link #toString()} and {@link #redacted()} print their
 * keys only, and {@link #differences} names fields, never values.
 *
 * @param clusterRef the scope, a {@code ClusterComputeResource} moref
 * @param hostVersions the ESXi versions the agent config applies to (one EAM agentConfig each)
 * @param diskProvisioning {@code none}, {@code thin} or {@code thick}; lower-cased
 * @param ovfTrust how EAM trusts the OVF's server (EAM 8.2), null: vCenter's default trust store
 * @param vibTrust the same for the VIB bundle's server
 */
public record AgencySpec(
    String clusterRef,
    String ovfUrl,
    Map<String, String> ovfProperties,
    String vibUrl,
    String diskProvisioning,
    String agentVmNamePrefix,
    List<String> datastoreRefs,
    List<String> networkRefs,
    String folderRef,
    String datacenterRef,
    String resourcePoolRef,
    List<String> hostVersions,
    DownloadTrust ovfTrust,
    DownloadTrust vibTrust) {

  public AgencySpec {
    clusterRef = Values.text(clusterRef);
    ovfUrl = Values.text(ovfUrl);
    ovfProperties = Values.sortedMap(nullValuesAsEmpty(ovfProperties));
    vibUrl = Values.text(vibUrl);
    diskProvisioning = diskProvisioning == null || Values.text(diskProvisioning) == null
        ? null : Values.text(diskProvisioning).toLowerCase(Locale.ROOT);
    agentVmNamePrefix = Values.text(agentVmNamePrefix);
    datastoreRefs = distinctInOrder(datastoreRefs);
    networkRefs = distinctInOrder(networkRefs);
    folderRef = Values.text(folderRef);
    datacenterRef = Values.text(datacenterRef);
    resourcePoolRef = Values.text(resourcePoolRef);
    hostVersions = hostVersions == null ? List.of() : List.copyOf(new TreeSet<>(Values.list(
        hostVersions.stream().map(Values::text).filter(Objects::nonNull).toList())));
  }

  /** A config with EAM's default download trust for both artifacts. */
  public AgencySpec(String clusterRef, String ovfUrl, Map<String, String> ovfProperties, String vibUrl,
      String diskProvisioning, String agentVmNamePrefix, List<String> datastoreRefs, List<String> networkRefs,
      String folderRef, String datacenterRef, String resourcePoolRef, List<String> hostVersions) {
    this(clusterRef, ovfUrl, ovfProperties, vibUrl, diskProvisioning, agentVmNamePrefix, datastoreRefs,
        networkRefs, folderRef, datacenterRef, resourcePoolRef, hostVersions, null, null);
  }

  /** The same config applied to exactly these host versions (the compatible ones). */
  public AgencySpec withHostVersions(java.util.Collection<String> versions) {
    return new AgencySpec(clusterRef, ovfUrl, ovfProperties, vibUrl, diskProvisioning,
        agentVmNamePrefix, datastoreRefs, networkRefs, folderRef, datacenterRef, resourcePoolRef,
        versions == null ? List.of() : new ArrayList<>(versions), ovfTrust, vibTrust);
  }

  /** The same config with these download trusts (null: vCenter's default trust store). */
  public AgencySpec withDownloadTrust(DownloadTrust ovf, DownloadTrust vib) {
    return new AgencySpec(clusterRef, ovfUrl, ovfProperties, vibUrl, diskProvisioning, agentVmNamePrefix,
        datastoreRefs, networkRefs, folderRef, datacenterRef, resourcePoolRef, hostVersions, ovf, vib);
  }

  /** True when either download trust is set: such a config needs EAM 8.2 (vCenter 8.0.2+). */
  public boolean hasDownloadTrust() {
    return ovfTrust != null || vibTrust != null;
  }

  /**
   * Names of the fields in which {@code other} differs from this config, e.g.
   * {@code [ovfUrl, ovfProperties[vsm.password]]}: safe for events and logs.
   */
  public List<String> differences(AgencySpec other) {
    List<String> fields = new ArrayList<>();
    if (other == null) {
      return List.of("all");
    }
    diff(fields, "clusterRef", clusterRef, other.clusterRef);
    diff(fields, "ovfUrl", ovfUrl, other.ovfUrl);
    TreeSet<String> keys = new TreeSet<>(ovfProperties.keySet());
    keys.addAll(other.ovfProperties.keySet());
    for (String key : keys) {
      diff(fields, "ovfProperties[" + key + "]", ovfProperties.get(key), other.ovfProperties.get(key));
    }
    diff(fields, "vibUrl", vibUrl, other.vibUrl);
    diff(fields, "diskProvisioning", diskProvisioning, other.diskProvisioning);
    diff(fields, "agentVmNamePrefix", agentVmNamePrefix, other.agentVmNamePrefix);
    diff(fields, "datastores", datastoreRefs, other.datastoreRefs);
    diff(fields, "networks", networkRefs, other.networkRefs);
    diff(fields, "folder", folderRef, other.folderRef);
    diff(fields, "datacenter", datacenterRef, other.datacenterRef);
    diff(fields, "resourcePool", resourcePoolRef, other.resourcePoolRef);
    diff(fields, "hostVersions", hostVersions, other.hostVersions);
    diff(fields, "ovfDownloadTls", ovfTrust, other.ovfTrust);
    diff(fields, "vibDownloadTls", vibTrust, other.vibTrust);
    return fields;
  }

  /** This config with every OVF property value replaced by {@code ***}. */
  public String redacted() {
    return "AgencySpec[clusterRef=" + clusterRef + ", ovfUrl=" + ovfUrl
        + ", ovfProperties=" + ovfProperties.keySet().stream().map(k -> k + "=***").toList()
        + ", vibUrl=" + vibUrl + ", diskProvisioning=" + diskProvisioning
        + ", agentVmNamePrefix=" + agentVmNamePrefix + ", datastoreRefs=" + datastoreRefs
        + ", networkRefs=" + networkRefs + ", folderRef=" + folderRef
        + ", datacenterRef=" + datacenterRef + ", resourcePoolRef=" + resourcePoolRef
        + ", hostVersions=" + hostVersions + ", ovfTrust=" + ovfTrust + ", vibTrust=" + vibTrust + "]";
  }

  @Override
  public String toString() {
    return redacted();
  }

  private static void diff(List<String> fields, String name, Object mine, Object theirs) {
    if (!Objects.equals(mine, theirs)) {
      fields.add(name);
    }
  }

  private static Map<String, String> nullValuesAsEmpty(Map<String, String> properties) {
    if (properties == null) {
      return null;
    }
    Map<String, String> copy = new java.util.HashMap<>();
    properties.forEach((k, v) -> copy.put(k.strip(), v == null ? "" : v));
    return copy;
  }

  private static List<String> distinctInOrder(List<String> refs) {
    if (refs == null) {
      return List.of();
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    refs.stream().map(Values::text).filter(Objects::nonNull).forEach(distinct::add);
    return List.copyOf(distinct);
  }
}
