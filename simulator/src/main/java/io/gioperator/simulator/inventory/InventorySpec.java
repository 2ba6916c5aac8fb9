package io.gioperator.simulator.inventory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The inventory file (YAML). Either generate {@code clusters} x {@code hostsPerCluster}, or list clusters and
 * hosts explicitly in {@code clusterList}; unknown keys are refused so that typos do not pass silently.
 */
public record InventorySpec(
        String datacenter,
        String vcenterVersion,
        String vcenterBuild,
        String esxVersion,
        String esxBuild,
        Integer clusters,
        Integer hostsPerCluster,
        Integer workloadVmsPerCluster,
        Boolean vcls,
        List<ClusterSpec> clusterList,
        List<CatalogueSpec> catalogue) {

    public static final String DEFAULT_ESX_VERSION = "8.0.2";
    public static final String DEFAULT_ESX_BUILD = "22380479";
    public static final String DEFAULT_VC_VERSION = "8.0.2";
    public static final String DEFAULT_VC_BUILD = "22385739";

    /** A cluster; {@code hosts} generates that many default hosts unless {@code hostList} is given. */
    public record ClusterSpec(String name, Integer hosts, List<HostSpec> hostList) {
    }

    /** A host; name defaults to esx-CC-HH.lab.local, version/build to the inventory defaults. */
    public record HostSpec(String name, String version, String build) {
    }

    /** An extra catalogue entry: {@code kind} ovf|vib, {@code install} live|maintenanceMode|reboot. */
    public record CatalogueSpec(String url, String kind, String name, String version, String vendor,
            String productName, List<String> requiredProperties, String install, Boolean liveRemove,
            List<String> hostVersions, Boolean needsNetwork) {
    }

    public static InventorySpec generated(int clusters, int hostsPerCluster) {
        return new InventorySpec(null, null, null, null, null, clusters, hostsPerCluster, null, null, null, null);
    }

    public static InventorySpec load(Path file) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return yaml.readValue(file.toFile(), InventorySpec.class);
    }

    public String datacenterName() {
        return datacenter == null ? "DC1" : datacenter;
    }

    public String vcVersion() {
        return vcenterVersion == null ? DEFAULT_VC_VERSION : vcenterVersion;
    }

    public String vcBuild() {
        return vcenterBuild == null ? DEFAULT_VC_BUILD : vcenterBuild;
    }

    public String hostVersion() {
        return esxVersion == null ? DEFAULT_ESX_VERSION : esxVersion;
    }

    public String hostBuild() {
        return esxBuild == null ? DEFAULT_ESX_BUILD : esxBuild;
    }

    public int workloadVms() {
        return workloadVmsPerCluster == null ? 2 : workloadVmsPerCluster;
    }

    public boolean withVcls() {
        return vcls == null || vcls;
    }

    /** Overrides the generated sizes (command-line flags win over the file). */
    public InventorySpec withSizes(Integer clusterCount, Integer hosts) {
        return new InventorySpec(datacenter, vcenterVersion, vcenterBuild, esxVersion, esxBuild,
                clusterCount != null ? clusterCount : clusters, hosts != null ? hosts : hostsPerCluster,
                workloadVmsPerCluster, vcls, clusterCount != null ? null : clusterList, catalogue);
    }

    /** The clusters to build, explicit or generated (default 1 cluster of 3 hosts). */
    public List<ClusterSpec> effectiveClusters() {
        if (clusterList != null && !clusterList.isEmpty()) {
            return clusterList;
        }
        int n = clusters == null ? 1 : clusters;
        int h = hostsPerCluster == null ? 3 : hostsPerCluster;
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> new ClusterSpec(null, h, null)).toList();
    }
}
