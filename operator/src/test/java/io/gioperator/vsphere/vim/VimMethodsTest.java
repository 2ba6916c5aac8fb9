package io.gioperator.vsphere.vim;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.InventoryFixtures;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectContent;
import io.gioperator.vsphere.types.ObjectSpec;
import io.gioperator.vsphere.types.ObjectUpdate;
import io.gioperator.vsphere.types.PropertyChange;
import io.gioperator.vsphere.types.PropertyFilterSpec;
import io.gioperator.vsphere.types.PropertySpec;
import io.gioperator.vsphere.types.RetrieveResult;
import io.gioperator.vsphere.types.ServiceContent;
import io.gioperator.vsphere.types.UpdateSet;
import io.gioperator.vsphere.types.UserSession;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VimMethodsTest {

    private static final MoRef PC = MoRef.of("PropertyCollector", "propertyCollector");
    private final FakeVCenter vc = new FakeVCenter();
    private final TestClients.Connected c = TestClients.connect(vc);
    private final VimMethods vim = c.connection().vim();

    @AfterEach
    void stop() {
        c.close();
        vc.close();
    }

    @Test
    void retrieveServiceContentAndLogin() {
        ServiceContent content = vim.retrieveServiceContent();
        assertThat(content.rootFolder()).isEqualTo(MoRef.of("Folder", "group-d1"));
        assertThat(content.propertyCollector()).isEqualTo(PC);
        assertThat(content.viewManager()).isEqualTo(MoRef.of("ViewManager", "ViewManager"));
        assertThat(content.searchIndex()).isEqualTo(MoRef.of("SearchIndex", "SearchIndex"));
        assertThat(content.about().version()).isEqualTo("8.0.2");
        assertThat(content.about().build()).isEqualTo("22385739");
        assertThat(content.about().apiVersion()).isEqualTo("8.0.2.0");
        SoapCall call = vc.calls("RetrieveServiceContent").get(1);
        assertThat(call.thisType()).isEqualTo("ServiceInstance");
        assertThat(call.thisValue()).isEqualTo("ServiceInstance");

        UserSession session = vim.login(content.sessionManager(), "someone", "pw");
        assertThat(session.userName()).isEqualTo("VSPHERE.LOCAL\\gi-operator");
        assertThat(session.loginTime()).isEqualTo(Instant.parse("2024-05-02T09:14:03.123456Z"));
        assertThat(session.toString()).doesNotContain(session.key());
    }

    @Test
    void currentTimeAndLogout() {
        assertThat(vim.currentTime()).isEqualTo(Instant.parse("2024-05-02T09:30:00.5Z"));
        vim.logout(MoRef.of("SessionManager", "SessionManager"));
        SoapCall logout = vc.only("Logout");
        assertThat(logout.paramNames()).containsExactly("_this");
        assertThat(logout.thisType()).isEqualTo("SessionManager");
    }

    @Test
    void retrievePropertiesExWritesTheSpecInWsdlOrderAndReadsTypedValues() {
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", "<returnval><token>tok-1</token>"
                + InventoryFixtures.host("host-12", "esx-01.lab", "7.0.3", "21930508", "connected", false)
                + "</returnval>"));
        MoRef view = MoRef.of("ContainerView", "session[52a4]52f1");
        PropertyFilterSpec spec = PropertyFilterSpec.of(PropertySpec.of("HostSystem", "name", "runtime.connectionState"),
                ObjectSpec.viaContainerView(view));

        RetrieveResult result = vim.retrievePropertiesEx(PC, List.of(spec), 100);

        SoapCall call = vc.only("RetrievePropertiesEx");
        assertThat(call.thisType()).isEqualTo("PropertyCollector");
        assertThat(call.paramNames()).containsExactly("_this", "specSet", "options");
        assertThat(call.childNames("specSet")).containsExactly("propSet", "objectSet");
        assertThat(call.childNames("specSet/propSet")).containsExactly("type", "pathSet", "pathSet");
        assertThat(call.text("specSet/propSet/type")).isEqualTo("HostSystem");
        assertThat(call.childNames("specSet/objectSet")).containsExactly("obj", "skip", "selectSet");
        assertThat(call.element("specSet/objectSet/obj").getAttribute("type")).isEqualTo("ContainerView");
        assertThat(call.text("specSet/objectSet/skip")).isEqualTo("true");
        assertThat(call.xsiType("specSet/objectSet/selectSet")).isEqualTo("TraversalSpec");
        assertThat(call.childNames("specSet/objectSet/selectSet")).containsExactly("name", "type", "path", "skip");
        assertThat(call.text("specSet/objectSet/selectSet/type")).isEqualTo("ContainerView");
        assertThat(call.text("specSet/objectSet/selectSet/path")).isEqualTo("view");
        assertThat(call.text("options/maxObjects")).isEqualTo("100");

        assertThat(result.token()).isEqualTo("tok-1");
        assertThat(result.hasMore()).isTrue();
        ObjectContent host = result.objects().get(0);
        assertThat(host.obj()).isEqualTo(MoRef.of("HostSystem", "host-12"));
        assertThat(host.property("name").orElseThrow().asString()).isEqualTo("esx-01.lab");
        assertThat(host.property("name").orElseThrow().xsiType()).isEqualTo("string");
        assertThat(host.property("runtime.inMaintenanceMode").orElseThrow().asBoolean()).isFalse();
        assertThat(host.property("configManager.patchManager").orElseThrow().asMoRef())
                .isEqualTo(MoRef.of("HostPatchManager", "patchManager-12"));
        assertThat(host.property("guest.ipAddress")).isEmpty();
    }

    @Test
    void anEmptyRetrieveResultHasNoReturnval() {
        vc.enqueue("RetrievePropertiesEx", Soap.vim("RetrievePropertiesEx", ""));
        RetrieveResult result = vim.retrievePropertiesEx(PC, List.of(PropertyFilterSpec.of(
                PropertySpec.of("VirtualMachine", "name"), ObjectSpec.of(MoRef.of("Folder", "group-v3")))), null);
        assertThat(result.objects()).isEmpty();
        assertThat(result.hasMore()).isFalse();
        assertThat(vc.only("RetrievePropertiesEx").childNames("options")).isEmpty();
    }

    @Test
    void continueAndCancelRetrievePropertiesEx() {
        vc.enqueue("ContinueRetrievePropertiesEx", Soap.vim("ContinueRetrievePropertiesEx", "<returnval>"
                + InventoryFixtures.vm("vm-101", "GI-SVA (1)", "poweredOn", "10.0.0.5", "host-12") + "</returnval>"));
        vc.enqueue("CancelRetrievePropertiesEx", Soap.vim("CancelRetrievePropertiesEx", ""));
        RetrieveResult page = vim.continueRetrievePropertiesEx(PC, "tok-1");
        vim.cancelRetrievePropertiesEx(PC, "tok-2");

        assertThat(page.hasMore()).isFalse();
        assertThat(page.objects()).extracting(o -> o.property("guest.ipAddress").orElseThrow().asString())
                .containsExactly("10.0.0.5");
        assertThat(vc.only("ContinueRetrievePropertiesEx").paramNames()).containsExactly("_this", "token");
        assertThat(vc.only("ContinueRetrievePropertiesEx").text("token")).isEqualTo("tok-1");
        assertThat(vc.only("CancelRetrievePropertiesEx").text("token")).isEqualTo("tok-2");
    }

    @Test
    void privateCollectorFiltersAndTheirTeardown() {
        vc.enqueue("CreatePropertyCollector", Soap.vim("CreatePropertyCollector",
                "<returnval type=\"PropertyCollector\">session[52a4]5277</returnval>"));
        vc.enqueue("CreateFilter", Soap.vim("CreateFilter",
                "<returnval type=\"PropertyFilter\">session[52a4]52e0</returnval>"));
        vc.enqueue("DestroyPropertyFilter", Soap.vim("DestroyPropertyFilter", ""));
        vc.enqueue("DestroyPropertyCollector", Soap.vim("DestroyPropertyCollector", ""));
        vc.enqueue("CancelWaitForUpdates", Soap.vim("CancelWaitForUpdates", ""));

        MoRef collector = vim.createPropertyCollector(PC);
        MoRef filter = vim.createFilter(collector, PropertyFilterSpec.of(PropertySpec.of("VirtualMachine",
                "runtime.powerState"), ObjectSpec.of(MoRef.of("VirtualMachine", "vm-101"))), true);
        vim.cancelWaitForUpdates(collector);
        vim.destroyPropertyFilter(filter);
        vim.destroyPropertyCollector(collector);

        assertThat(collector).isEqualTo(MoRef.of("PropertyCollector", "session[52a4]5277"));
        assertThat(filter).isEqualTo(MoRef.of("PropertyFilter", "session[52a4]52e0"));
        SoapCall create = vc.only("CreateFilter");
        assertThat(create.thisValue()).isEqualTo("session[52a4]5277");
        assertThat(create.paramNames()).containsExactly("_this", "spec", "partialUpdates");
        assertThat(create.childNames("spec/objectSet")).containsExactly("obj");
        assertThat(create.text("partialUpdates")).isEqualTo("true");
        assertThat(vc.only("CancelWaitForUpdates").thisValue()).isEqualTo("session[52a4]5277");
        assertThat(vc.only("DestroyPropertyFilter").thisType()).isEqualTo("PropertyFilter");
        assertThat(vc.only("DestroyPropertyCollector").thisValue()).isEqualTo("session[52a4]5277");
    }

    @Test
    void waitForUpdatesExReturnsChangesAndTheNewVersion() {
        vc.enqueue("WaitForUpdatesEx", Soap.vim("WaitForUpdatesEx", """
                <returnval><version>2</version><filterSet><filter type="PropertyFilter">session[52a4]52e0</filter>
                <objectSet><kind>enter</kind><obj type="HostSystem">host-15</obj>
                <changeSet><name>name</name><op>assign</op><val xsi:type="xsd:string">esx-04.lab</val></changeSet>
                </objectSet>
                <objectSet><kind>modify</kind><obj type="VirtualMachine">vm-101</obj>
                <changeSet><name>runtime.powerState</name><op>assign</op><val xsi:type="VirtualMachinePowerState">poweredOff</val></changeSet>
                <changeSet><name>guest.ipAddress</name><op>remove</op></changeSet>
                <changeSet><name>config.extraConfig["x"]</name><op>indirectRemove</op></changeSet>
                </objectSet>
                <objectSet><kind>leave</kind><obj type="HostSystem">host-13</obj></objectSet>
                </filterSet></returnval>"""));
        vc.enqueue("WaitForUpdatesEx", Soap.vim("WaitForUpdatesEx", ""));
        MoRef collector = MoRef.of("PropertyCollector", "session[52a4]5277");

        UpdateSet updates = vim.waitForUpdatesEx(collector, "1", 1, 50);
        UpdateSet nothing = vim.waitForUpdatesEx(collector, updates.version(), 1, null);

        SoapCall first = vc.calls("WaitForUpdatesEx").get(0);
        assertThat(first.paramNames()).containsExactly("_this", "version", "options");
        assertThat(first.text("version")).isEqualTo("1");
        assertThat(first.childNames("options")).containsExactly("maxWaitSeconds", "maxObjectUpdates");
        assertThat(first.text("options/maxWaitSeconds")).isEqualTo("1");
        assertThat(first.text("options/maxObjectUpdates")).isEqualTo("50");
        assertThat(updates.version()).isEqualTo("2");
        assertThat(updates.updates()).extracting(ObjectUpdate::kind, u -> u.obj().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ObjectUpdate.Kind.ENTER, "host-15"),
                        org.assertj.core.groups.Tuple.tuple(ObjectUpdate.Kind.MODIFY, "vm-101"),
                        org.assertj.core.groups.Tuple.tuple(ObjectUpdate.Kind.LEAVE, "host-13"));
        List<PropertyChange> changes = updates.updates().get(1).changes();
        assertThat(changes).extracting(PropertyChange::op).containsExactly(PropertyChange.Op.ASSIGN,
                PropertyChange.Op.REMOVE, PropertyChange.Op.INDIRECT_REMOVE);
        assertThat(changes.get(0).value().asString()).isEqualTo("poweredOff");
        assertThat(changes.get(1).value()).isNull();
        assertThat(updates.updates().get(0).filter()).isEqualTo(MoRef.of("PropertyFilter", "session[52a4]52e0"));
        assertThat(nothing.updates()).isEmpty();
        assertThat(nothing.version()).as("a timed-out wait keeps the version").isEqualTo("2");
    }

    @Test
    void containerViewsAndInventoryPaths() {
        vc.enqueue("CreateContainerView", Soap.vim("CreateContainerView",
                "<returnval type=\"ContainerView\">session[52a4]52f1</returnval>"));
        vc.enqueue("DestroyView", Soap.vim("DestroyView", ""));
        vc.enqueue("FindByInventoryPath", Soap.vim("FindByInventoryPath",
                "<returnval type=\"ClusterComputeResource\">domain-c8</returnval>"));
        vc.enqueue("FindByInventoryPath", Soap.vim("FindByInventoryPath", ""));
        MoRef cluster = MoRef.of("ClusterComputeResource", "domain-c8");

        MoRef view = vim.createContainerView(MoRef.of("ViewManager", "ViewManager"), cluster,
                List.of("HostSystem", "VirtualMachine"), true);
        vim.destroyView(view);

        SoapCall create = vc.only("CreateContainerView");
        assertThat(create.paramNames()).containsExactly("_this", "container", "type", "type", "recursive");
        assertThat(create.texts("type")).containsExactly("HostSystem", "VirtualMachine");
        assertThat(create.element("container").getAttribute("type")).isEqualTo("ClusterComputeResource");
        assertThat(vc.only("DestroyView").thisValue()).isEqualTo("session[52a4]52f1");
        MoRef searchIndex = MoRef.of("SearchIndex", "SearchIndex");
        assertThat(vim.findByInventoryPath(searchIndex, "dc1/host/cluster-01")).contains(cluster);
        assertThat(vim.findByInventoryPath(searchIndex, "dc1/host/nope")).isEmpty();
        assertThat(vc.calls("FindByInventoryPath").get(0).text("inventoryPath")).isEqualTo("dc1/host/cluster-01");
    }
}
