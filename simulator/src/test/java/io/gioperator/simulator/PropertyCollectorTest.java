package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PropertyCollectorTest {
    static Simulator sim;
    static VimApi vim;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(2, 3).build());
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        vim = new VimApi(soap);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void inventoryPathsResolveToTypedMorefs() {
        assertThat(vim.find("/DC1/host/Cluster-01").type()).isEqualTo("ClusterComputeResource");
        assertThat(vim.find("/DC1/host/Cluster-01").value()).startsWith("domain-c");
        assertThat(vim.find("/DC1/vm/GuestIntrospection").type()).isEqualTo("Folder");
        assertThat(vim.find("/DC1/host/Cluster-01/Resources").type()).isEqualTo("ResourcePool");
        assertThat(vim.find("/DC1/network/GI-Management").type()).isEqualTo("DistributedVirtualPortgroup");
        assertThat(vim.find("/DC1/network/VM Network").type()).isEqualTo("Network");
        assertThat(vim.find("/DC1/datastore/vsanDatastore-01").type()).isEqualTo("Datastore");
        assertThat(vim.find("/DC1/host/Cluster-02/esx-02-03.lab.local").type()).isEqualTo("HostSystem");
        assertThat(vim.find("/DC1/host/Cluster-09")).isNull();
    }

    @Test
    void hostPropertiesIncludeProductAndManagers() {
        Ref host = vim.find("/DC1/host/Cluster-01/esx-01-01.lab.local");
        Map<String, XmlNode> p = vim.props(host, "name", "summary.config.product", "config.product",
                "runtime.connectionState", "runtime.inMaintenanceMode", "runtime.powerState", "parent",
                "configManager.imageConfigManager", "configManager.patchManager", "vm", "datastore", "network");
        assertThat(p.get("name").text()).isEqualTo("esx-01-01.lab.local");
        assertThat(p.get("name").xsiType()).isEqualTo("xsd:string");
        XmlNode product = p.get("summary.config.product");
        assertThat(product.xsiType()).isEqualTo("AboutInfo");
        assertThat(product.textAt("version")).isEqualTo("8.0.2");
        assertThat(product.textAt("build")).isEqualTo("22380479");
        assertThat(product.textAt("fullName")).isEqualTo("VMware ESXi 8.0.2 build-22380479");
        assertThat(product.childNames()).containsSubsequence("name", "fullName", "vendor", "version", "build",
                "osType", "productLineId", "apiType", "apiVersion");
        assertThat(p.get("config.product").textAt("version")).isEqualTo("8.0.2");
        assertThat(p.get("runtime.connectionState").text()).isEqualTo("connected");
        assertThat(p.get("runtime.connectionState").xsiType()).isEqualTo("HostSystemConnectionState");
        assertThat(p.get("runtime.inMaintenanceMode").text()).isEqualTo("false");
        assertThat(p.get("parent").attrs.get("type")).isEqualTo("ClusterComputeResource");
        assertThat(p.get("configManager.imageConfigManager").attrs.get("type")).isEqualTo("HostImageConfigManager");
        assertThat(p.get("configManager.patchManager").attrs.get("type")).isEqualTo("HostPatchManager");
        assertThat(p.get("datastore").xsiType()).isEqualTo("ArrayOfManagedObjectReference");
        assertThat(p.get("datastore").all("ManagedObjectReference")).hasSize(2);
        assertThat(p.get("network").all("ManagedObjectReference")).hasSize(2);
    }

    @Test
    void unknownPropertyPathIsInvalidProperty() {
        Ref host = vim.find("/DC1/host/Cluster-01/esx-01-01.lab.local");
        SoapClient.Response r = vim.soap().vim(Xml.el("RetrievePropertiesEx").add(VimApi.PC.self(),
                Xml.el("specSet").add(VimApi.propSpec("HostSystem", "summary.config.prodct"),
                        VimApi.objectSpec(host)), Xml.el("options")));
        assertThat(r.faultType()).isEqualTo("InvalidProperty");
        assertThat(r.faultDetail().textAt("name")).isEqualTo("summary.config.prodct");
    }

    @Test
    void containerViewListsEntitiesRecursivelyByType() {
        Ref view = vim.containerView(vim.serviceContent().at("rootFolder") == null ? null
                : Ref.of(vim.serviceContent().at("rootFolder")), true, "HostSystem");
        List<Ref> hosts = vim.refs(view, "view");
        assertThat(hosts).hasSize(6).allMatch(r -> r.type().equals("HostSystem"));
        Ref clusterView = vim.containerView(vim.find("/DC1/host/Cluster-01"), false, "HostSystem");
        assertThat(vim.refs(clusterView, "view")).hasSize(3);
        Ref all = vim.containerView(vim.find("/DC1"), true, "ManagedEntity");
        assertThat(vim.refs(all, "view")).extracting(Ref::type).contains("Folder", "ClusterComputeResource",
                "HostSystem", "VirtualMachine", "ResourcePool", "Datastore", "DistributedVirtualPortgroup");
        vim.ok(Xml.el("DestroyView").add(view.self()));
        assertThat(vim.soap().vim(Xml.el("DestroyView").add(view.self())).faultType())
                .isEqualTo("ManagedObjectNotFound");
    }

    @Test
    void traversalThroughAContainerViewRetrievesPropertiesWithPaging() {
        Ref view = vim.containerView(vim.find("/DC1"), true, "HostSystem");
        Xml spec = Xml.el("specSet").add(VimApi.propSpec("HostSystem", "name", "runtime.powerState"),
                Xml.el("objectSet").add(view.as("obj"), Xml.el("skip", true), Xml.el("selectSet")
                        .type("TraversalSpec").add(Xml.el("name", "view"), Xml.el("type", "ContainerView"),
                                Xml.el("path", "view"), Xml.el("skip", false))));
        XmlNode first = vim.ok(Xml.el("RetrievePropertiesEx").add(VimApi.PC.self(), spec,
                Xml.el("options").add(Xml.el("maxObjects", 4)))).child("returnval");
        List<String> names = new ArrayList<>();
        first.all("objects").forEach(o -> names.add(o.at("propSet/val").text()));
        assertThat(first.all("objects")).hasSize(4);
        String token = first.textAt("token");
        assertThat(token).isNotBlank();
        XmlNode rest = vim.ok(Xml.el("ContinueRetrievePropertiesEx").add(VimApi.PC.self(),
                Xml.el("token", token))).child("returnval");
        rest.all("objects").forEach(o -> names.add(o.at("propSet/val").text()));
        assertThat(rest.textAt("token")).isNull();
        assertThat(names).hasSize(6).doesNotHaveDuplicates().allMatch(n -> n.startsWith("esx-"));
        assertThat(vim.soap().vim(Xml.el("ContinueRetrievePropertiesEx").add(VimApi.PC.self(),
                Xml.el("token", token))).faultType()).isEqualTo("InvalidArgument");
    }

    @Test
    void vmPropertiesOfWorkloadVms() {
        Ref view = vim.containerView(vim.find("/DC1/vm"), true, "VirtualMachine");
        List<Ref> vms = vim.refs(view, "view");
        assertThat(vms).isNotEmpty();
        Ref app = vms.stream().filter(r -> vim.prop(r, "name").startsWith("app-")).findFirst().orElseThrow();
        Map<String, XmlNode> p = vim.props(app, "name", "runtime.powerState", "runtime.host", "guest.ipAddress",
                "resourcePool", "parent", "datastore", "config.annotation", "summary.config.vmPathName");
        assertThat(p.get("runtime.powerState").text()).isEqualTo("poweredOn");
        assertThat(p.get("runtime.powerState").xsiType()).isEqualTo("VirtualMachinePowerState");
        assertThat(p.get("runtime.host").attrs.get("type")).isEqualTo("HostSystem");
        assertThat(p.get("guest.ipAddress").text()).startsWith("192.168.");
        assertThat(p.get("resourcePool").attrs.get("type")).isEqualTo("ResourcePool");
        assertThat(p.get("summary.config.vmPathName").text()).startsWith("[vsanDatastore-0");
    }
}
