package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.inventory.InventorySpec;
import io.gioperator.simulator.support.Await;
import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryFileTest {
    static final String YAML = String.join("\n",
            "datacenter: DC1",
            "vcenterVersion: 8.0.2",
            "vcenterBuild: \"22385739\"",
            "workloadVmsPerCluster: 1",
            "vcls: false",
            "clusterList:",
            "  - name: Cluster-01",
            "    hostList:",
            "      - {}",
            "      - {version: 7.0.3, build: \"21930508\"}",
            "      - {version: 6.7.0, build: \"8169922\"}",
            "catalogue:",
            "  - url: https://depot.gi.example/acme/sva-2.0.ovf",
            "    kind: ovf",
            "    name: acme-sva",
            "    version: \"2.0\"",
            "    vendor: Acme",
            "    requiredProperties: [acme.key]",
            "");

    @Test
    void inventoryFileDefinesHostsVersionsAndCatalogue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("inventory.yaml");
        Files.writeString(file, YAML);
        Path pem = dir.resolve("sim.pem");
        try (Simulator sim = Simulator.start(SimulatorConfig.builder().inventory(InventorySpec.load(file))
                .pemFile(pem).build())) {
            assertThat(Files.readString(pem)).isEqualTo(sim.certificatePem());
            SoapClient soap = new SoapClient(sim);
            soap.login(sim.username(), sim.password());
            VimApi vim = new VimApi(soap);
            EamApi eam = new EamApi(soap);
            assertThat(vim.prop(vim.find("/DC1/host/Cluster-01/esx-01-02.lab.local"), "summary.config.product.build"))
                    .isEqualTo("21930508");
            assertThat(sim.audit().agencies()).isEmpty();
            assertThat(sim.audit().vms()).extracting(Audit.VmEntry::name).containsExactly("app-01-01");

            EamApi.Placement p = EamApi.Placement.of(vim, "Cluster-01", "vsanDatastore-01");
            Ref agency = eam.create(EamApi.config("agencyConfigInfo", "gi", p, EamApi.DSVA, EamApi.MUX_703, true));
            Await.until("old host refused, others green", () -> {
                Audit a = sim.audit();
                return a.agencies().get(0).agents().stream().filter(x -> x.status().equals("green")).count() == 2
                        && eam.issueTypes(agency).contains("VibRequirementsNotMetByHost");
            });
            assertThat(eam.issues(agency)).hasSize(1);
            assertThat(eam.issues(agency).get(0).textAt("hostName")).isEqualTo("esx-01-03.lab.local");

            Xml versioned = Xml.el("agencyConfigInfo").add(
                    Xml.el("agentConfig").add(Xml.el("hostVersion", "8.*"),
                            Xml.el("ovfPackageUrl", "https://depot.gi.example/acme/sva-2.0.ovf"),
                            Xml.el("ovfEnvironment").add(Xml.el("ovfProperty").add(Xml.el("key", "acme.key"),
                                    Xml.el("value", "k")))),
                    Xml.el("scope").type("AgencyComputeResourceScope").add(p.cluster().as("computeResource")),
                    Xml.el("agentName", "ACME"), Xml.el("agencyName", "acme"),
                    p.network().as("agentVmNetwork"), p.datastore().as("agentVmDatastore"));
            Ref acme = eam.create(versioned);
            Await.until("incompatible hosts reported", () -> eam.issueTypes(acme).stream()
                    .filter("IncompatibleHostVersion"::equals).count() == 2);
            Await.until("the 8.0.2 host runs the Acme SVA", () -> sim.audit().vmsOwnedBy(acme.value()).stream()
                    .anyMatch(v -> v.powerState().equals("poweredOn") && v.folder().equals("ESX Agents")
                            && v.resourcePool().equals("ESX Agents")));
        }
    }

    @Test
    void unknownKeysInTheFileAreRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "clusterz: 3\n");
        assertThatThrownBy(() -> InventorySpec.load(file)).hasMessageContaining("clusterz");
    }

    @Test
    void commandLineFlags() throws Exception {
        SimulatorConfig c = CliOptions.parse(new String[] {"--clusters", "4", "--hosts", "5", "--port", "0",
            "--seed", "7", "--latency-profile", "fast", "--password-env", "PW", "--hostname", "vc.lab"},
                Map.of("PW", "s3cret"));
        assertThat(c.inventory().effectiveClusters()).hasSize(4).allMatch(s -> s.hosts() == 5);
        assertThat(c.vcenterPort()).isZero();
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.password()).isEqualTo("s3cret");
        assertThat(c.hostnames()).containsExactly("vc.lab");
        assertThat(c.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"--password-env", "NOPE"}, Map.of()))
                .hasMessageContaining("NOPE");
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"--bogus", "1"}, Map.of()))
                .hasMessageContaining("unknown option");
        assertThatThrownBy(() -> CliOptions.parse(new String[] {"--latency-profile", "slow"}, Map.of()))
                .hasMessageContaining("fast|realistic");
    }

    @Test
    void aSeedMakesRunsReproducible() {
        try (Simulator a = Simulator.start(SimulatorConfig.builder().seed(42).build());
             Simulator b = Simulator.start(SimulatorConfig.builder().seed(42).build());
             Simulator c = Simulator.start(SimulatorConfig.builder().seed(43).build())) {
            assertThat(view(a)).isEqualTo(view(b)).isNotEqualTo(view(c));
        }
    }

    private static String view(Simulator s) {
        Audit a = s.audit();
        return a.vms().stream().map(v -> v.id() + "/" + v.name() + "/" + v.ipAddress()).toList() + " "
                + a.agencies().stream().map(x -> x.id()).toList();
    }
}
