package io.gioperator.simulator.eam;

import io.gioperator.simulator.depot.CatalogueEntry;
import io.gioperator.simulator.inventory.Host;
import io.gioperator.simulator.inventory.InstalledVib;
import io.gioperator.simulator.inventory.Origin;
import io.gioperator.simulator.inventory.Vm;
import io.gioperator.simulator.soap.ApiVersions;
import io.gioperator.simulator.soap.SoapFault;
import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The timed operations an agent performs: "downloading" artifacts from the catalogue, installing and removing the
 * VIB, deploying, powering and destroying the agent VM, and driving the host's maintenance mode and reboot.
 * Each marks the agent busy and re-runs the reconciler when done.
 */
final class AgentActions {
    /** What the actions report back to the reconciler. */
    interface Signals {
        void kick(Agent a);

        void raise(Agent a, String type, V.Ref vm, List<V.Field> extra);

        void releaseMaintenance(Agent a);
    }

    private final EamContext ctx;
    private final Signals signals;
    private final AgentPlacement placement;

    AgentActions(EamContext ctx, Signals signals) {
        this.ctx = ctx;
        this.signals = signals;
        this.placement = new AgentPlacement(ctx.inventory);
    }

    private static V.Field text(String name, String value) {
        return new V.Field(name, new V.Text("xsd:string", value));
    }

    private static V.Obj invalidArgument(String property) {
        return new V.Obj("InvalidArgument", List.of(text("invalidProperty", property)), true);
    }

    private void finish(Agent a) {
        a.busy = false;
        signals.kick(a);
    }

    void downloadVib(Agent a, String url) {
        a.busy = true;
        ctx.scheduler.after(ctx.timings.vibDownload(), () -> {
            Optional<CatalogueEntry> e = ctx.catalogue.fetch(url);
            Host h = a.host;
            if (e.isEmpty()) {
                signals.raise(a, "CannotAccessAgentVib", null, List.of(text("downloadUrl", url)));
            } else if (!trusted(a, url, "vibSslTrust")) {
                signals.raise(a, "CertificateNotTrusted", null, List.of(text("url", url)));
            } else if (e.get().kind() != CatalogueEntry.Kind.VIB) {
                signals.raise(a, "VibInvalidFormat", null, List.of());
            } else if (!e.get().hostVersions().isEmpty() && e.get().hostVersions().stream()
                    .noneMatch(p -> HostVersionPattern.matches(p, h.version()))) {
                signals.raise(a, "VibRequirementsNotMetByHost", null, List.of());
            } else if (h.vib(e.get().name()).filter(v -> !v.pendingRemoval()
                    && ApiVersions.compare(v.version(), e.get().version()) > 0).isPresent()) {
                signals.raise(a, "VibNotInstalled", null, List.of());
            } else {
                a.vibEntry = e.get();
                a.vibDownloadedUrl = url;
            }
            finish(a);
        });
    }

    void installVib(Agent a) {
        a.busy = true;
        CatalogueEntry e = a.vibEntry;
        ctx.scheduler.after(ctx.timings.vibInstall(), () -> {
            Host h = a.host;
            if (!h.removed() && h.connected()) {
                boolean staged = e.install() == CatalogueEntry.VibInstall.REBOOT;
                ctx.hostOps.installVib(h, new InstalledVib(e.vibId(), e.name(), e.version(), e.vendor(),
                        e.productName(), "vmware_certified", ctx.world.now(),
                        e.install() == CatalogueEntry.VibInstall.LIVE, e.liveRemove(),
                        e.install() != CatalogueEntry.VibInstall.LIVE, a.agency.id, false, staged));
                a.installedVibUrl = a.vibDownloadedUrl;
                ctx.world.touch();
                if (staged) {
                    signals.raise(a, "VibRequiresHostReboot", null, List.of());
                } else if (a.maintenancePurpose == Agent.MaintenancePurpose.INSTALL) {
                    a.maintenancePurpose = Agent.MaintenancePurpose.EXIT;
                }
            }
            finish(a);
        });
    }

    void removeVib(Agent a) {
        a.busy = true;
        ctx.scheduler.after(ctx.timings.vibInstall(), () -> {
            Host h = a.host;
            Optional<InstalledVib> vib = h.vib(a.vibEntry.name());
            if (vib.isPresent() && h.connected()) {
                ctx.hostOps.removeVib(h, vib.get(), Origin.EAM);
                a.installedVibUrl = null;
                ctx.world.touch();
                if (!vib.get().liveRemove() && !vib.get().pendingInstall()) {
                    signals.raise(a, "VibRequiresHostReboot", null, List.of());
                }
            }
            finish(a);
        });
    }

    void deploy(Agent a, String url) {
        a.busy = true;
        ctx.scheduler.after(ctx.timings.ovfDownload(), () -> {
            Optional<CatalogueEntry> e = ctx.catalogue.fetch(url);
            if (e.isEmpty()) {
                signals.raise(a, "CannotAccessAgentOVF", null, List.of(text("downloadUrl", url)));
                finish(a);
                return;
            }
            if (!trusted(a, url, "ovfSslTrust")) {
                signals.raise(a, "CertificateNotTrusted", null, List.of(text("url", url)));
                finish(a);
                return;
            }
            if (e.get().kind() != CatalogueEntry.Kind.OVF) {
                signals.raise(a, "OvfInvalidFormat", null, List.of(new V.Field("error",
                        invalidArgument("ovfPackageUrl"))));
                finish(a);
                return;
            }
            List<String> missing = missingProperties(a, e.get());
            if (!missing.isEmpty()) {
                List<V.Field> errors = new ArrayList<>();
                missing.forEach(k -> errors.add(new V.Field("error", invalidArgument(k))));
                signals.raise(a, "OvfInvalidProperty", null, errors);
                finish(a);
                return;
            }
            AgentPlacement.Result where = placement.place(a.agency, a.host, e.get().needsNetwork());
            if (where.placement() == null) {
                signals.raise(a, where.issueType(), null, where.extra());
                finish(a);
                return;
            }
            ctx.scheduler.after(ctx.timings.vmDeploy(), () -> {
                if (!a.host.removed() && a.host.connected() && !a.removing && a.vm == null) {
                    createVm(a, e.get(), url, where);
                }
                finish(a);
            });
        });
    }

    /** Whether EAM trusts the server of {@code url} under the agent config's {@code trustField} (8.2). */
    private boolean trusted(Agent a, String url, String trustField) {
        return SslTrustCheck.trusted(ctx.catalogue.privateCertificate(url),
                a.config == null ? null : a.config.obj(trustField));
    }

    /** Required user-configurable OVF properties that the agent config leaves unset or empty. */
    static List<String> missingProperties(Agent a, CatalogueEntry entry) {
        V.Obj env = a.config == null ? null : a.config.obj("ovfEnvironment");
        Set<String> set = env == null ? Set.of() : env.objs("ovfProperty").stream()
                .filter(p -> p.str("value") != null && !p.str("value").isBlank())
                .map(p -> p.str("key")).collect(Collectors.toSet());
        return entry.requiredProperties().stream().filter(k -> !set.contains(k)).toList();
    }

    /** Bootstrap of a pre-existing agency: the agent's VM already exists and runs. */
    void adopt(Agent a) {
        String url = a.ovfUrl();
        CatalogueEntry entry = ctx.catalogue.fetch(url).orElseThrow();
        AgentPlacement.Result where = placement.place(a.agency, a.host, entry.needsNetwork());
        createVm(a, entry, url, where);
        ctx.vmOps.bootNow(a.vm);
        a.expectVmOn = true;
        a.converged = true;
    }

    private void createVm(Agent a, CatalogueEntry entry, String url, AgentPlacement.Result where) {
        Set<String> taken = where.placement().folder().children().stream().map(c -> c.name())
                .collect(Collectors.toSet());
        if (a.vmName == null || taken.contains(a.vmName)) {
            a.vmName = VmNaming.next(a.agency.agentName(), a.agency.flag("useUuidVmName"), taken, ctx.world::uuid);
        }
        Vm vm = ctx.inventory.newVm(where.placement(), a.vmName, "other4xLinux64Guest",
                "Other 4.x or later Linux (64-bit)", 2, 4096);
        vm.ownerAgency(a.agency.id);
        ctx.world.event("VmCreated", vm.id(), vm.name(), Origin.EAM);
        vm.product(new Vm.Product(entry.productName(), entry.vendor(), entry.version(), entry.version()));
        vm.annotation("Agent VM of ESX Agent Manager agency " + a.agency.agencyName());
        a.vm = vm;
        a.deployedOvfUrl = url;
        a.expectVmOn = false;
        ctx.world.touch();
    }

    void powerOn(Agent a) {
        a.busy = true;
        ctx.vmOps.powerOn(a.vm, Origin.EAM, f -> {
            if (f == null) {
                a.expectVmOn = true;
            }
            finish(a);
        });
    }

    void powerOff(Agent a) {
        a.busy = true;
        a.expectVmOn = false;
        ctx.vmOps.powerOff(a.vm, Origin.EAM, f -> finish(a));
    }

    void destroyVm(Agent a) {
        a.busy = true;
        Vm vm = a.vm;
        ctx.vmOps.destroy(vm, Origin.EAM, f -> {
            if (f == null || vm.removed()) {
                a.vm = null;
                a.deployedOvfUrl = null;
            }
            finish(a);
        });
    }

    void enterMaintenance(Agent a) {
        a.busy = true;
        int timeout = (int) Math.max(1, ctx.timings.hostEnterMaintenance().toSeconds() * 20);
        try {
            ctx.hostOps.enterMaintenance(a.host, timeout, Origin.EAM, f -> {
                if (f != null) {
                    cannotEnter(a);
                }
                finish(a);
            });
        } catch (SoapFault f) {
            cannotEnter(a);
            finish(a);
        }
    }

    private void cannotEnter(Agent a) {
        a.holdsMaintenance = false;
        signals.releaseMaintenance(a);
        signals.raise(a, "VibCannotPutHostInMaintenanceMode", null, List.of());
    }

    void exitMaintenance(Agent a) {
        a.busy = true;
        try {
            ctx.hostOps.exitMaintenance(a.host, Origin.EAM, f -> {
                a.holdsMaintenance = false;
                a.maintenancePurpose = null;
                signals.releaseMaintenance(a);
                finish(a);
            });
        } catch (SoapFault f) {
            a.holdsMaintenance = false;
            a.maintenancePurpose = null;
            signals.releaseMaintenance(a);
            finish(a);
        }
    }

    void reboot(Agent a) {
        a.busy = true;
        try {
            ctx.hostOps.reboot(a.host, false, Origin.EAM, f -> {
                a.rebootIssued = f == null;
                finish(a);
            });
        } catch (SoapFault f) {
            finish(a);
        }
    }
}
