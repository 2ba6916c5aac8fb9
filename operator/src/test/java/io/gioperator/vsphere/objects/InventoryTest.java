package io.gioperator.vsphere.objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.InventoryFixtures;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.types.HostConnectionState;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.VmPowerState;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InventoryTest {

    private static final MoRef CLUSTER = MoRef.of("ClusterComputeResource", "domain-c8");
    private final FakeVCenter vc = new FakeVCenter();
    private final TestClients.Connected c = TestClients.connect(vc);
    private final Inventory inventory = c.connection().inventory();

    @AfterEach
    void stop() {
        c.close();
        vc.close();
    }

    @Test
    void findsTheClusterByInventoryPathAndListsItsHostsAcrossPages() {
        vc.enqueue("FindByInventoryPath", Soap.vim("FindByInventoryPath",
                "<returnval type=\"ClusterComputeResource\">domain-c8</returnval>"));
        vc.enqueue("CreateContainerView", Soap.vim("CreateContainerView",
                "<returnval type=\"ContainerView\">session[52a4]52f1</returnval>"));
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", "<returnval><token>0</token>"
                + InventoryFixtures.host("host-12", "esx-01.lab", "7.0.3", "21930508", "connected", false)
                + "</returnval>"));
        vc.enqueue("ContinueRetrievePropertiesEx", Soap.vim("ContinueRetrievePropertiesEx", "<returnval>"
                + InventoryFixtures.host("host-13", "esx-02.lab", "8.0.2", "22380479", "notResponding", true)
                + "</returnval>"));
        vc.enqueue("DestroyView", Soap.vim("DestroyView", ""));

        MoRef cluster = inventory.findByInventoryPath("dc1/host/cluster-01").orElseThrow();
        List<HostFacts> hosts = inventory.clusterHosts(cluster);

        assertThat(hosts).containsExactly(
                new HostFacts(MoRef.of("HostSystem", "host-12"), "esx-01.lab", "7.0.3", "21930508",
                        HostConnectionState.CONNECTED, false, MoRef.of("HostImageConfigManager", "imageConfigManager-12"),
                        MoRef.of("HostPatchManager", "patchManager-12")),
                new HostFacts(MoRef.of("HostSystem", "host-13"), "esx-02.lab", "8.0.2", "22380479",
                        HostConnectionState.NOT_RESPONDING, true, MoRef.of("HostImageConfigManager", "imageConfigManager-13"),
                        MoRef.of("HostPatchManager", "patchManager-13")));
        assertThat(vc.names()).containsSubsequence("FindByInventoryPath", "CreateContainerView", "RetrievePropertiesEx",
                "ContinueRetrievePropertiesEx", "DestroyView");
        SoapCall view = vc.only("CreateContainerView");
        assertThat(view.text("container")).isEqualTo("domain-c8");
        assertThat(view.texts("type")).containsExactly("HostSystem");
        assertThat(view.text("recursive")).isEqualTo("true");
        SoapCall retrieve = vc.only("RetrievePropertiesEx");
        assertThat(retrieve.text("specSet/objectSet/obj")).isEqualTo("session[52a4]52f1");
        assertThat(retrieve.text("options/maxObjects")).isEqualTo("100");
        assertThat(vc.only("ContinueRetrievePropertiesEx").text("token")).isEqualTo("0");
        assertThat(vc.only("DestroyView").thisValue()).isEqualTo("session[52a4]52f1");
    }

    @Test
    void theViewIsDestroyedEvenWhenReadingFails() {
        vc.enqueue("CreateContainerView", Soap.vim("CreateContainerView",
                "<returnval type=\"ContainerView\">session[52a4]52f2</returnval>"));
        vc.enqueue("RetrievePropertiesEx", Soap.vimFault("ManagedObjectNotFound", "gone",
                "<obj type=\"ClusterComputeResource\">domain-c8</obj>"));
        vc.enqueue("DestroyView", Soap.vim("DestroyView", ""));
        assertThatThrownBy(() -> inventory.clusterHosts(CLUSTER))
                .isInstanceOf(io.gioperator.vsphere.soap.ManagedObjectNotFoundFault.class);
        assertThat(vc.calls("DestroyView")).hasSize(1);
    }

    @Test
    void listsVmsOfAContainerOrByReference() {
        vc.enqueue("CreateContainerView", Soap.vim("CreateContainerView",
                "<returnval type=\"ContainerView\">session[52a4]52f3</returnval>"));
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", "<returnval>"
                + InventoryFixtures.vm("vm-101", "GI-SVA (1)", "poweredOn", "10.0.0.5", "host-12")
                + InventoryFixtures.vm("vm-102", "GI-SVA (2)", "poweredOff", null, "host-13") + "</returnval>"));
        vc.enqueue("DestroyView", Soap.vim("DestroyView", ""));
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", "<returnval>"
                + InventoryFixtures.vm("vm-102", "GI-SVA (2)", "suspended", null, "host-13") + "</returnval>"));

        List<VmFacts> all = inventory.vmsIn(CLUSTER);
        List<VmFacts> chosen = inventory.vms(List.of(MoRef.of("VirtualMachine", "vm-102"),
                MoRef.of("VirtualMachine", "vm-103")));

        assertThat(all).containsExactly(
                new VmFacts(MoRef.of("VirtualMachine", "vm-101"), "GI-SVA (1)", VmPowerState.POWERED_ON, "10.0.0.5",
                        MoRef.of("HostSystem", "host-12")),
                new VmFacts(MoRef.of("VirtualMachine", "vm-102"), "GI-SVA (2)", VmPowerState.POWERED_OFF, null,
                        MoRef.of("HostSystem", "host-13")));
        assertThat(chosen).singleElement().extracting(VmFacts::powerState).isEqualTo(VmPowerState.SUSPENDED);
        SoapCall byRef = vc.calls("RetrievePropertiesEx").get(1);
        assertThat(byRef.childNames("specSet")).containsExactly("propSet", "objectSet", "objectSet");
        assertThat(byRef.childNames("specSet/propSet")).containsExactly("type", "pathSet", "pathSet", "pathSet", "pathSet");
        assertThat(inventory.vms(List.of())).isEmpty();
    }
}
