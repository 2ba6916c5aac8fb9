package io.gioperator.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.control.AuditBuilder;
import io.gioperator.simulator.control.CallCounters;
import io.gioperator.simulator.control.ControlHandler;
import io.gioperator.simulator.control.FaultInjector;
import io.gioperator.simulator.control.SimulatorControl;
import io.gioperator.simulator.core.SimScheduler;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.depot.Catalogue;
import io.gioperator.simulator.eam.EamEndpoint;
import io.gioperator.simulator.http.Listener;
import io.gioperator.simulator.inventory.HostOperations;
import io.gioperator.simulator.inventory.Inventory;
import io.gioperator.simulator.inventory.InventoryBuilder;
import io.gioperator.simulator.inventory.InventorySpec;
import io.gioperator.simulator.inventory.VmOperations;
import io.gioperator.simulator.partner.PartnerManager;
import io.gioperator.simulator.session.SessionManager;
import io.gioperator.simulator.tls.TlsMaterial;
import io.gioperator.simulator.vim.TaskManager;
import io.gioperator.simulator.vim.VimEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vCenter (vim25 at /sdk), ESX Agent Manager (/eam/sdk) and partner solution manager over real HTTPS, plus a
 * loopback control API, in one object. {@link #start(SimulatorConfig)} builds the inventory and starts listening;
 * {@link #close()} stops everything.
 */
public final class Simulator implements AutoCloseable {
    private final SimulatorConfig config;
    private final World world;
    private final SimScheduler scheduler;
    private final TlsMaterial tls;
    private final ExecutorService http;
    private final Listener vcenter;
    private final Listener partner;
    private final Listener controlListener;
    private final VimEndpoint vim;
    private final CallCounters counters;
    private final SimulatorControl control;
    private final AuditBuilder audit;

    private Simulator(SimulatorConfig config) {
        this.config = config;
        this.world = new World(config.seed(), Clock.systemUTC());
        this.scheduler = new SimScheduler(world);
        Inventory inventory = new Inventory(world);
        InventoryBuilder builder = new InventoryBuilder(world, inventory);
        Catalogue catalogue = Catalogue.withDefaults();
        InventorySpec spec = config.inventory();
        world.run(() -> builder.build(spec));
        if (spec.catalogue() != null) {
            ObjectMapper m = new ObjectMapper();
            spec.catalogue().forEach(c -> catalogue.add(ControlHandler.catalogueEntry(m.valueToTree(c))));
        }
        SessionManager sessions = new SessionManager(world, config.timings().sessionIdleTimeout(),
                config.username(), config.password());
        VmOperations vmOps = new VmOperations(world, inventory, scheduler, config.timings());
        HostOperations hostOps = new HostOperations(world, inventory, scheduler, config.timings(), vmOps);
        TaskManager tasks = new TaskManager(world, scheduler, config.timings());
        FaultInjector faults = new FaultInjector(config.seed());
        this.counters = new CallCounters();
        String instanceUuid = world.read(world::uuid);
        this.vim = new VimEndpoint(world, inventory, sessions, tasks, vmOps, hostOps, spec.vcVersion(),
                spec.vcBuild(), instanceUuid, faults, counters);
        EamEndpoint eam = new EamEndpoint(world, inventory, catalogue, scheduler, config.timings(), vmOps, hostOps,
                sessions, faults, counters, spec.vcVersion());
        if (spec.withVcls()) {
            world.run(eam::bootstrapVcls);
        }
        PartnerManager partnerManager = new PartnerManager(world, inventory, config.timings(),
                config.partnerToken(), faults, counters);
        this.tls = TlsMaterial.generate(config.hostnames());
        AtomicInteger threads = new AtomicInteger();
        this.http = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "gisim-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.vcenter = new Listener(config.bindAddress(), config.vcenterPort(), tls.sslContext(), http)
                .handle("/sdk", vim.handler()).handle("/eam/sdk", eam.handler());
        this.partner = new Listener(config.bindAddress(), config.partnerPort(), tls.sslContext(), http)
                .handle("/api/v1", partnerManager.handler());
        this.control = new SimulatorControl(world, inventory, builder, vmOps, hostOps, catalogue, sessions, faults,
                new SimulatorControl.VcenterSwitch() {
                    @Override
                    public void down() {
                        vim.down(true);
                        vcenter.stop();
                    }

                    @Override
                    public void up() {
                        vim.down(false);
                        vcenter.start();
                    }

                    @Override
                    public boolean running() {
                        return vcenter.running();
                    }
                });
        this.audit = new AuditBuilder(world, inventory, sessions, eam::snapshot, partnerManager::snapshot,
                () -> new Audit.Objects(vim.openViews(), vim.openCollectors(), tasks.count()),
                eam::maintenancePolicy);
        this.controlListener = new Listener(java.net.InetAddress.getLoopbackAddress(), config.controlPort(), null,
                http).handle("/control", new ControlHandler(control, audit::take, counters, this::info,
                this::credentials));
        sweepSessions(sessions);
    }

    private void sweepSessions(SessionManager sessions) {
        Duration every = config.timings().sessionIdleTimeout().dividedBy(4);
        scheduler.after(every.isZero() ? Duration.ofMillis(100) : every, () -> {
            sessions.sweep();
            sweepSessions(sessions);
        });
    }

    /** Builds the inventory and starts the three listeners. */
    public static Simulator start(SimulatorConfig config) {
        Simulator s = new Simulator(config);
        try {
            s.vcenter.start();
            s.partner.start();
            s.controlListener.start();
            if (config.pemFile() != null) {
                Files.writeString(config.pemFile(), s.tls.pem());
            }
        } catch (IOException e) {
            s.close();
            throw new UncheckedIOException("cannot write the certificate PEM", e);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private String host() {
        String addr = config.bindAddress().getHostAddress();
        if (config.bindAddress().isAnyLocalAddress()) {
            return config.hostnames().isEmpty() ? "127.0.0.1" : config.hostnames().get(0);
        }
        return addr.contains(":") ? "[" + addr + "]" : addr;
    }

    public String vcenterUrl() {
        return vcenter.url("https", host(), "/sdk");
    }

    public String eamUrl() {
        return vcenter.url("https", host(), "/eam/sdk");
    }

    /** The partner manager's base URL; its API lives under /api/v1. */
    public String partnerUrl() {
        return partner.url("https", host(), "");
    }

    public String controlUrl() {
        return controlListener.url("http", "127.0.0.1", "");
    }

    public String thumbprint() {
        return tls.thumbprint();
    }

    public String certificatePem() {
        return tls.pem();
    }

    public X509Certificate certificate() {
        return tls.certificate();
    }

    public String username() {
        return config.username();
    }

    public String password() {
        return config.password();
    }

    public String partnerToken() {
        return config.partnerToken();
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Fault injection and lab operations. */
    public SimulatorControl control() {
        return control;
    }

    public Audit audit() {
        return audit.take();
    }

    public CallCounters counters() {
        return counters;
    }

    /** Jobs queued on the simulation scheduler (a measure of pending simulated work). */
    public int pendingJobs() {
        return scheduler.pendingJobs();
    }

    private Map<String, Object> info() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vcenterUrl", vcenterUrl());
        m.put("eamUrl", eamUrl());
        m.put("partnerUrl", partnerUrl());
        m.put("controlUrl", controlUrl());
        m.put("thumbprint", thumbprint());
        m.put("certificatePem", certificatePem());
        m.put("vcenterVersion", config.inventory().vcVersion());
        m.put("vcenterBuild", config.inventory().vcBuild());
        m.put("seed", config.seed());
        return m;
    }

    /** Served on the loopback-only control API so that scripts need not be told secrets on the command line. */
    private Map<String, Object> credentials() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", config.username());
        m.put("password", config.password());
        m.put("partnerToken", config.partnerToken());
        return m;
    }

    @Override
    public void close() {
        vim.down(true);
        vcenter.stop();
        partner.stop();
        controlListener.stop();
        scheduler.close();
        http.shutdownNow();
        try {
            http.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
