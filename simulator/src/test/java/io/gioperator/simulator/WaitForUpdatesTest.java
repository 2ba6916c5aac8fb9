package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import io.gioperator.simulator.support.XmlNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WaitForUpdatesTest {
    static Simulator sim;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder().size(1, 3).build());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    static VimApi login() {
        SoapClient soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
        return new VimApi(soap);
    }

    /** A new collector with a filter on all VMs' name and power state via a container view. */
    static Ref collectorWatchingVms(VimApi vim) {
        Ref pc = Ref.of(vim.ok(Xml.el("CreatePropertyCollector").add(VimApi.PC.self())).child("returnval"));
        Ref view = vim.containerView(vim.find("/DC1"), true, "VirtualMachine");
        vim.ok(Xml.el("CreateFilter").add(pc.self(), Xml.el("spec").add(
                VimApi.propSpec("VirtualMachine", "name", "runtime.powerState"),
                Xml.el("objectSet").add(view.as("obj"), Xml.el("skip", true), Xml.el("selectSet")
                        .type("TraversalSpec").add(Xml.el("name", "v"), Xml.el("type", "ContainerView"),
                                Xml.el("path", "view")))), Xml.el("partialUpdates", false)));
        return pc;
    }

    static XmlNode waitEx(VimApi vim, Ref pc, String version, Integer maxWait, Integer maxUpdates) {
        Xml options = Xml.el("options");
        if (maxWait != null) {
            options.add(Xml.el("maxWaitSeconds", maxWait));
        }
        if (maxUpdates != null) {
            options.add(Xml.el("maxObjectUpdates", maxUpdates));
        }
        Xml call = Xml.el("WaitForUpdatesEx").add(pc.self());
        if (version != null) {
            call.add(Xml.el("version", version));
        }
        return vim.ok(call.add(options)).child("returnval");
    }

    static List<XmlNode> objectUpdates(XmlNode set) {
        return set.child("filterSet").all("objectSet");
    }

    @Test
    void firstCallReportsEverythingThenOnlyChanges() {
        VimApi vim = login();
        Ref pc = collectorWatchingVms(vim);
        XmlNode first = waitEx(vim, pc, "", 0, null);
        List<XmlNode> enters = objectUpdates(first);
        assertThat(enters).isNotEmpty().allMatch(u -> u.textAt("kind").equals("enter"));
        assertThat(enters.get(0).all("changeSet")).extracting(c -> c.textAt("name"))
                .containsExactlyInAnyOrder("name", "runtime.powerState");
        String version = first.textAt("version");
        assertThat(waitEx(vim, pc, version, 0, null)).as("no change, no update set").isNull();

        Ref app = enters.stream().map(u -> Ref.of(u.child("obj")))
                .filter(r -> vim.prop(r, "name").equals("app-01-01")).findFirst().orElseThrow();
        Ref task = vim.task("PowerOffVM_Task", app);
        XmlNode next = waitEx(vim, pc, version, 10, null);
        XmlNode update = objectUpdates(next).get(0);
        assertThat(update.textAt("kind")).isEqualTo("modify");
        assertThat(Ref.of(update.child("obj"))).isEqualTo(app);
        assertThat(update.child("changeSet").textAt("name")).isEqualTo("runtime.powerState");
        assertThat(update.child("changeSet").textAt("val")).isEqualTo("poweredOff");
        assertThat(next.textAt("version")).isNotEqualTo(version);
        assertThat(vim.waitTask(task).textAt("state")).isEqualTo("success");
    }

    @Test
    void maxObjectUpdatesTruncatesAndTheRestFollows() {
        VimApi vim = login();
        Ref pc = collectorWatchingVms(vim);
        XmlNode part = waitEx(vim, pc, "", 0, 2);
        assertThat(objectUpdates(part)).hasSize(2);
        assertThat(part.textAt("truncated")).isEqualTo("true");
        int seen = 2;
        String v = part.textAt("version");
        while (true) {
            XmlNode more = waitEx(vim, pc, v, 0, 2);
            if (more == null) {
                break;
            }
            seen += objectUpdates(more).size();
            v = more.textAt("version");
        }
        assertThat(seen).isEqualTo(sim.audit().vms().size());
    }

    @Test
    void maxWaitSecondsReturnsEmptyAndCancelInterruptsAWait() throws Exception {
        VimApi vim = login();
        Ref pc = collectorWatchingVms(vim);
        String v = waitEx(vim, pc, "", 0, null).textAt("version");
        assertThat(waitEx(vim, pc, v, 1, null)).as("nothing changed within maxWaitSeconds").isNull();

        CompletableFuture<SoapClient.Response> waiting = CompletableFuture.supplyAsync(() -> vim.soap().vim(
                Xml.el("WaitForUpdatesEx").add(pc.self(), Xml.el("version", v), Xml.el("options"))));
        for (int i = 0; i < 100 && !waiting.isDone(); i++) {
            Thread.sleep(100);
            vim.ok(Xml.el("CancelWaitForUpdates").add(pc.self()));
        }
        SoapClient.Response r = waiting.get(10, TimeUnit.SECONDS);
        assertThat(r.faultType()).isEqualTo("RequestCanceled");
    }

    @Test
    void staleVersionIsRejected() {
        VimApi vim = login();
        Ref pc = collectorWatchingVms(vim);
        waitEx(vim, pc, "", 0, null);
        SoapClient.Response r = vim.soap().vim(Xml.el("WaitForUpdatesEx").add(pc.self(),
                Xml.el("version", "999"), Xml.el("options").add(Xml.el("maxWaitSeconds", 0))));
        assertThat(r.faultType()).isEqualTo("InvalidCollectorVersion");
    }

    @Test
    void destroyedCollectorsAndFiltersAreGone() {
        VimApi vim = login();
        Ref pc = collectorWatchingVms(vim);
        List<Ref> filters = vim.refs(pc, "filter");
        assertThat(filters).hasSize(1);
        vim.ok(Xml.el("DestroyPropertyFilter").add(filters.get(0).self()));
        assertThat(vim.refs(pc, "filter")).isEmpty();
        vim.ok(Xml.el("DestroyPropertyCollector").add(pc.self()));
        assertThat(vim.soap().vim(Xml.el("WaitForUpdatesEx").add(pc.self(), Xml.el("options"))).faultType())
                .isEqualTo("ManagedObjectNotFound");
    }

    @Test
    void taskInfoIsObservableThroughWaitForUpdates() {
        VimApi vim = login();
        Ref app = vim.find("/DC1/vm/Workloads/app-01-02");
        Ref task = vim.task("PowerOffVM_Task", app);
        Ref pc = Ref.of(vim.ok(Xml.el("CreatePropertyCollector").add(VimApi.PC.self())).child("returnval"));
        vim.ok(Xml.el("CreateFilter").add(pc.self(), Xml.el("spec").add(VimApi.propSpec("Task", "info.state",
                "info.error", "info.result"), VimApi.objectSpec(task)), Xml.el("partialUpdates", false)));
        String version = "";
        String state = null;
        for (int i = 0; i < 20 && !"success".equals(state); i++) {
            XmlNode set = waitEx(vim, pc, version, 5, null);
            if (set == null) {
                continue;
            }
            version = set.textAt("version");
            for (XmlNode c : objectUpdates(set).get(0).all("changeSet")) {
                if (c.textAt("name").equals("info.state")) {
                    state = c.textAt("val");
                }
            }
        }
        assertThat(state).isEqualTo("success");
    }
}
