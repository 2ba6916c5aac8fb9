package io.gioperator.e2e.demo;

import io.gioperator.api.v1alpha1.Condition;
import io.gioperator.api.v1alpha1.GuestIntrospection;
import io.gioperator.api.v1alpha1.GuestIntrospectionStatus;
import io.gioperator.api.v1alpha1.HostStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Renders the demo's live table: one block per GuestIntrospection, one line per host, with install status
 * (Mux VIB, SVA, power) and service status (partner registration, service) in separate columns.
 */
public final class StatusTable {

  private static final String[] HEADER = {"HOST", "STEP", "MUX VIB", "SVA", "POWER", "IP", "PARTNER", "SERVICE",
      "REDEPLOYS"};

  private StatusTable() {}

  public static String render(List<GuestIntrospection> resources) {
    StringBuilder out = new StringBuilder();
    resources.stream()
        .sorted(Comparator.comparing(gi -> gi.getMetadata().getName()))
        .forEach(gi -> renderOne(gi, out));
    return out.toString();
  }

  private static void renderOne(GuestIntrospection gi, StringBuilder out) {
    // Until the operator's first reconcile there is no status: an empty one renders as "nothing known yet".
    var status = Optional.ofNullable(gi.getStatus()).orElseGet(GuestIntrospectionStatus::new);
    String ready = Optional.ofNullable(status.getReadyHosts()).orElse("-");
    out.append(gi.getMetadata().getNamespace()).append('/').append(gi.getMetadata().getName())
        .append("  cluster ").append(gi.getSpec().getCluster())
        .append("  ready ").append(ready)
        .append("  ").append(readySummary(status.getConditions()))
        .append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    status.getHosts().stream()
        .sorted(Comparator.comparing(h -> Optional.ofNullable(h.getName()).orElse("")))
        .forEach(h -> rows.add(row(h)));
    appendAligned(rows, out);
    out.append('\n');
  }

  private static String[] row(HostStatus host) {
    var sva = host.getSva();
    var partner = host.getPartner();
    int redeploys = host.getRedeploys() == null || host.getRedeploys().getCount() == null
        ? 0 : host.getRedeploys().getCount();
    return new String[] {
        value(host.getName()),
        host.getStep() == null ? "-" : host.getStep().wireName(),
        value(host.getMuxVibVersion()),
        sva == null ? "-" : value(sva.getVmName()),
        sva == null ? "-" : value(sva.getPowerState()),
        sva == null ? "-" : value(sva.getIpAddress()),
        partner == null || partner.getRegistrationId() == null ? "-" : "registered",
        partner == null ? "-" : value(partner.getServiceStatus()),
        Integer.toString(redeploys)
    };
  }

  private static String readySummary(List<Condition> conditions) {
    return conditions.stream()
        .filter(c -> "Ready".equals(c.getType()))
        .findFirst()
        .map(c -> "Ready=" + (c.getStatus() == null ? "Unknown" : c.getStatus().wireName()) + " (" + value(c.getReason()) + ")")
        .orElse("Ready=Unknown");
  }

  private static String value(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  private static void appendAligned(List<String[]> rows, StringBuilder out) {
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        line.append(String.format("%-" + widths[i] + "s", row[i]));
        if (i < row.length - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
