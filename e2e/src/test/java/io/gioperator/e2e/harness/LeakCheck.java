package io.gioperator.e2e.harness;

import io.gioperator.simulator.Simulator;
import io.gioperator.simulator.control.Audit;
import io.gioperator.simulator.eam.AgencySnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the operator may leave behind once every GuestIntrospection is deleted: nothing. No agency of ours (not
 * even one still cleaning up), no VM owned by any agency other than another product's live one, no VIB installed
 * by one, no Mux VIB at all, no partner registration.
 */
public final class LeakCheck {

  public static final String OUR_AGENCY_PREFIX = "gi-operator/";

  private LeakCheck() {}

  /** The leaks in one audit, as readable lines; empty when clean. */
  public static List<String> leaks(Audit audit) {
    List<String> leaks = new ArrayList<>();
    Set<String> foreign = audit.agencies().stream()
        .filter(a -> !a.agencyName().startsWith(OUR_AGENCY_PREFIX) && !a.destroyed())
        .map(AgencySnapshot::id).collect(Collectors.toSet());
    for (AgencySnapshot a : audit.agencies()) {
      if (a.agencyName().startsWith(OUR_AGENCY_PREFIX)) {
        leaks.add("agency " + a.agencyName() + " (" + a.id() + ", goal " + a.goalState() + ", destroyed "
            + a.destroyed() + ", agents " + a.agents().size() + ")");
      }
    }
    for (Audit.VmEntry vm : audit.vms()) {
      if (vm.ownerAgency() != null && !foreign.contains(vm.ownerAgency())) {
        leaks.add("VM " + vm.id() + " " + vm.name() + " on " + vm.host() + " owned by " + vm.ownerAgency());
      }
    }
    for (Audit.HostEntry host : audit.hosts()) {
      for (Audit.VibEntry vib : host.vibs()) {
        boolean ours = vib.installedBy() != null && !foreign.contains(vib.installedBy());
        if (ours || vib.name().equals("epsec-mux")) {
          leaks.add("VIB " + vib.name() + " " + vib.version() + " on " + host.name() + " installed by "
              + vib.installedBy() + (vib.pendingRemoval() ? " (removal pending)" : ""));
        }
      }
    }
    for (var registration : audit.partnerRegistrations()) {
      leaks.add("partner registration " + registration);
    }
    return leaks;
  }

  /** Waits (bounded) for agencies that EAM is still cleaning up, then fails listing whatever is left. */
  public static void awaitClean(List<Simulator> sims, Duration timeout) {
    for (Simulator sim : sims) {
      Await.until("nothing of ours left in the simulator " + sim.vcenterUrl(), timeout,
          () -> leaks(sim.audit()).isEmpty(), () -> String.join("\n", leaks(sim.audit())));
    }
  }
}
