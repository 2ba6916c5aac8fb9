package io.gioperator.vsphere.objects;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.vsphere.testing.EamFixtures;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.InventoryFixtures;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.SoapCall;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.types.MoRef;
import io.gioperator.vsphere.types.ObjectUpdate;
import io.gioperator.vsphere.types.UpdateSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchAndAgenciesTest {

    private final FakeVCenter vc = new FakeVCenter();
    private final TestClients.Connected c = TestClients.connect(vc);

    @AfterEach
    void stop() {
        c.close();
        vc.close();
    }

    @Test
    void watchesAClustersHostsAndAgentVmsOnAPrivateCollector() {
        vc.enqueue("CreateContainerView", Soap.vim("CreateContainerView",
                "<returnval type=\"ContainerView\">session[52a4]52f1</returnval>"));
        vc.enqueue("CreatePropertyCollector", Soap.vim("CreatePropertyCollector",
                "<returnval type=\"PropertyCollector\">session[52a4]5277</returnval>"));
        vc.enqueue("CreateFilter", Soap.vim("CreateFilter",
                "<returnval type=\"PropertyFilter\">session[52a4]52e0</returnval>"));
        vc.enqueue("WaitForUpdatesEx", Soap.vim("WaitForUpdatesEx", "<returnval><version>1</version><filterSet>"
                + "<filter type=\"PropertyFilter\">session[52a4]52e0</filter><objectSet><kind>enter</kind>"
                + "<obj type=\"HostSystem\">host-12</obj><changeSet><name>name</name><op>assign</op>"
                + "<val xsi:type=\"xsd:string\">esx-01.lab</val></changeSet></objectSet></filterSet></returnval>"));
        vc.enqueue("WaitForUpdatesEx", Soap.vim("WaitForUpdatesEx", ""));
        for (String m : List.of("DestroyPropertyFilter", "DestroyPropertyCollector", "DestroyView")) {
            vc.enqueue(m, Soap.vim(m, ""));
        }

        UpdateSet first;
        UpdateSet second;
        try (PropertyWatch watch = c.connection().watches().clusterHostsAndVms(
                MoRef.of("ClusterComputeResource", "domain-c8"), List.of(MoRef.of("VirtualMachine", "vm-101")))) {
            first = watch.next(1);
            second = watch.next(1);
            assertThat(watch.version()).isEqualTo("1");
        }

        assertThat(first.updates()).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(ObjectUpdate.Kind.ENTER);
            assertThat(u.obj()).isEqualTo(MoRef.of("HostSystem", "host-12"));
        });
        assertThat(second.updates()).isEmpty();
        assertThat(vc.only("CreatePropertyCollector").thisValue()).isEqualTo("propertyCollector");
        SoapCall filter = vc.only("CreateFilter");
        assertThat(filter.thisValue()).isEqualTo("session[52a4]5277");
        assertThat(filter.childNames("spec")).containsExactly("propSet", "propSet", "objectSet", "objectSet");
        List<SoapCall> waits = vc.calls("WaitForUpdatesEx");
        assertThat(waits.get(0).paramNames()).containsExactly("_this", "options");
        assertThat(waits.get(1).text("version")).isEqualTo("1");
        assertThat(waits.get(0).thisValue()).isEqualTo("session[52a4]5277");
        assertThat(vc.names()).containsSubsequence("DestroyPropertyFilter", "DestroyPropertyCollector", "DestroyView");
    }

    @Test
    void listsAgenciesByNameSkippingOnesThatVanishedAndTheirAgents() {
        vc.enqueue("QueryAgency", Soap.eam("QueryAgency", "<returnval type=\"Agency\">Agency:vcls</returnval>"
                + "<returnval type=\"Agency\">Agency:gone</returnval>"
                + "<returnval type=\"Agency\">" + EamFixtures.AGENCY + "</returnval>"));
        vc.enqueue("QueryConfig", Soap.eam("QueryConfig", "<returnval xsi:type=\"AgencyConfigInfo\">"
                + "<agentName>vCLS</agentName><agencyName>vCLS (1)</agencyName></returnval>"));
        vc.enqueue("QueryConfig", Soap.fault("ManagedObjectNotFound", "urn:vim25", "gone",
                "<obj type=\"Agency\">Agency:gone</obj>"));
        vc.enqueue("QueryConfig", Soap.eam("QueryConfig", EamFixtures.AGENCY_CONFIG));
        vc.enqueue("QueryAgent", Soap.eam("QueryAgent", "<returnval type=\"Agent\">" + EamFixtures.AGENT + "</returnval>"));
        vc.enqueue("AgentQueryRuntime", Soap.eam("AgentQueryRuntime", EamFixtures.AGENT_RUNTIME));

        AgencySummary mine = c.connection().agencies().findByName("gi-3f1c-domain-c8").orElseThrow();
        List<AgentSummary> agents = c.connection().agencies().agents(mine.ref());

        assertThat(mine.ref()).isEqualTo(MoRef.of("Agency", EamFixtures.AGENCY));
        assertThat(vc.calls("QueryConfig")).extracting(SoapCall::thisValue)
                .containsExactly("Agency:vcls", "Agency:gone", EamFixtures.AGENCY);
        assertThat(agents).singleElement().satisfies(a -> {
            assertThat(a.ref()).isEqualTo(MoRef.of("Agent", EamFixtures.AGENT));
            assertThat(a.runtime().vm()).isEqualTo(MoRef.of("VirtualMachine", "vm-101"));
        });
    }
}
