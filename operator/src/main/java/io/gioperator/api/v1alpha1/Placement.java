package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.List;
import java.util.Objects;

/**
 * Where EAM places the SVAs. Datastores and networks are vSphere names; each host uses the first one in the list it
 * can reach.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Placement {

  @JsonPropertyDescription("Datastore names, in order of preference (e.g. vsanDatastore-01). Each host uses the "
      + "first one it has mounted.")
  @Required
  @Size(min = 1, max = 16)
  private List<@Size(min = 1, max = 80) String> datastores;

  @JsonPropertyDescription("Network (port group) names for the SVA's management adapter, in order of preference "
      + "(e.g. GI-Management). Each host uses the first one it can reach.")
  @Required
  @Size(min = 1, max = 16)
  private List<@Size(min = 1, max = 80) String> networks;

  @JsonPropertyDescription("Inventory path of the VM folder for the SVAs (e.g. /DC1/vm/GuestIntrospection). "
      + "Omitted: EAM's ESX Agents folder.")
  @Size(min = 1, max = 1024)
  @Pattern(Patterns.VM_FOLDER_PATH)
  private String folder;

  @JsonPropertyDescription("Inventory path of a resource pool inside the cluster (e.g. "
      + "/DC1/host/Cluster-01/Resources). Omitted: EAM's ESX Agents pool.")
  @Size(min = 1, max = 1024)
  @Pattern(Patterns.CLUSTER_PATH)
  private String resourcePool;

  public List<@Size(min = 1, max = 80) String> getDatastores() {
    return datastores;
  }

  public void setDatastores(List<@Size(min = 1, max = 80) String> datastores) {
    this.datastores = datastores;
  }

  public List<@Size(min = 1, max = 80) String> getNetworks() {
    return networks;
  }

  public void setNetworks(List<@Size(min = 1, max = 80) String> networks) {
    this.networks = networks;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public String getResourcePool() {
    return resourcePool;
  }

  public void setResourcePool(String resourcePool) {
    this.resourcePool = resourcePool;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Placement that
        && Objects.equals(datastores, that.datastores)
        && Objects.equals(networks, that.networks)
        && Objects.equals(folder, that.folder)
        && Objects.equals(resourcePool, that.resourcePool));
  }

  @Override
  public int hashCode() {
    return Objects.hash(datastores, networks, folder, resourcePool);
  }
}
