package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 100 clusters x 32 hosts in one JVM: agencies on several clusters converge with bounded threads and memory. */
class ScaleTest {
    @Test
    void aHundredClustersOfThirtyTwoHosts() {
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().size(100, 32).build())) {
            SoapClient soap = new SoapClient(sim);
            soap.login(sim.username(), sim.password());
            VimApi vim = new VimApi(soap);
            EamApi eam = new EamApi(soap);

            Ref view = vim.containerView(vim.find("/DC1"), true, "HostSystem");
            XmlNode page = vim.ok(Xml.el("RetrievePropertiesEx").add(VimApi.PC.self(), Xml.el("specSet").add(
                    VimApi.propSpec("HostSystem", "name"), Xml.el("objectSet").add(view.as("obj"),
                            Xml.el("skip", true), Xml.el("selectSet").type("TraversalSpec").add(Xml.el("type",
                                    "ContainerView"), Xml.el("path", "view")))), Xml.el("options")))
                    .child("returnval");
            int hosts = page.all("objects").size();
            String token = page.textAt("token");
            while (token != null) {
                XmlNode next = vim.ok(Xml.el("ContinueRetrievePropertiesEx").add(VimApi.PC.self(),
                        Xml.el("token", token))).child("returnval");
                hosts += next.all("objects").size();
                token = next.textAt("token");
            }
            assertThat(hosts).isEqualTo(3200);

            List<Ref> agencies = new ArrayList<>();
            for (int c : new int[] {1, 25, 50, 75, 100}) {
                String cluster = String.format("Cluster-%02d", c);
                EamApi.Placement p = EamApi.Placement.of(vim, cluster, String.format("vsanDatastore-%02d", c));
                agencies.add(eam.create(EamApi.config("agencyConfigInfo", "gi-" + cluster, p, EamApi.DSVA,
                        EamApi.MUX_703, true)));
            }
            agencies.forEach(a -> eam.awaitStatus(a, "green"));
            Audit audit = sim.audit();
            for (Ref a : agencies) {
                assertThat(audit.vmsOwnedBy(a.value())).hasSize(32).allMatch(v -> v.powerState().equals("poweredOn"));
            }
            assertThat(audit.hosts()).hasSize(3200);
            assertThat(audit.agencies()).hasSize(105);

            int threadsDuring = ManagementFactory.getThreadMXBean().getThreadCount();
            assertThat(threadsDuring - threadsBefore).as("threads added by a 3200-host simulator").isLessThan(40);
            System.gc();
            long usedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
            assertThat(usedMb).as("heap used (MiB)").isLessThan(512);
        }
    }
}
