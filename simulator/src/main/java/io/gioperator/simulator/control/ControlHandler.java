package io.gioperator.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.gioperator.simulator.depot.CatalogueEntry;
import io.gioperator.simulator.http.Exchanges;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The control API (plain HTTP, loopback only, JSON): fault injection, lab operations, audit and call counters.
 * Routes are listed in docs/simulator.md.
 */
public final class ControlHandler implements HttpHandler {
    private final ObjectMapper json = new ObjectMapper();
    private final SimulatorControl control;
    private final Supplier<Audit> audit;
    private final CallCounters counters;
    private final Supplier<Map<String, Object>> info;
    private final Supplier<Map<String, Object>> credentials;

    public ControlHandler(SimulatorControl control, Supplier<Audit> audit, CallCounters counters,
            Supplier<Map<String, Object>> info, Supplier<Map<String, Object>> credentials) {
        this.control = control;
        this.audit = audit;
        this.counters = counters;
        this.info = info;
        this.credentials = credentials;
    }

    private record Out(int status, Object body) {
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Out out;
        if (!ex.getRemoteAddress().getAddress().isLoopbackAddress()) {
            out = new Out(403, error("Forbidden", "The control API only answers loopback clients"));
        } else {
            try {
                byte[] raw = Exchanges.body(ex);
                JsonNode body = raw == null || raw.length == 0 ? JsonNodeFactory.instance.objectNode()
                        : json.readTree(raw);
                out = route(ex.getRequestMethod(), ex.getRequestURI().getPath(), body);
            } catch (SimulatorControl.ControlException | IllegalArgumentException e) {
                out = new Out(400, error("BadRequest", e.getMessage()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                out = new Out(400, error("BadRequest", "The body is not valid JSON"));
            }
        }
        Exchanges.send(ex, out.status(), "application/json", json.writeValueAsBytes(out.body()));
    }

    private static Map<String, Object> error(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("message", message);
        return m;
    }

    private static Map<String, Object> ok(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String text(JsonNode body, String field, String dflt) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? dflt : n.asText();
    }

    private static String required(JsonNode body, String field) {
        String v = text(body, field, null);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("Missing field: " + field);
        }
        return v;
    }

    private Out route(String method, String path, JsonNode b) {
        String[] p = path.replaceAll("/+$", "").split("/");
        String key = method + " " + String.join("/", java.util.Arrays.copyOfRange(p, 0, Math.min(p.length, 3)));
        switch (method + " " + path.replaceAll("/+$", "")) {
            case "GET /control/info" -> {
                return new Out(200, info.get());
            }
            case "GET /control/credentials" -> {
                return new Out(200, credentials.get());
            }
            case "GET /control/audit" -> {
                return new Out(200, audit.get());
            }
            case "GET /control/counters" -> {
                return new Out(200, counters.snapshot());
            }
            case "POST /control/counters/reset" -> {
                counters.reset();
                return new Out(200, ok());
            }
            case "POST /control/faults/method" -> {
                control.methodFault(required(b, "api"), required(b, "method"), b.path("latencyMs").asLong(0),
                        b.path("errorRate").asDouble(0), text(b, "error", null));
                return new Out(200, ok());
            }
            case "DELETE /control/faults/method" -> {
                control.clearMethodFaults();
                return new Out(200, ok());
            }
            case "POST /control/vcenter/down" -> {
                control.vcenterDown();
                return new Out(200, ok());
            }
            case "POST /control/vcenter/up" -> {
                control.vcenterUp();
                return new Out(200, ok());
            }
            case "POST /control/sessions/expire" -> {
                String user = text(b, "user", null);
                return new Out(200, ok("expired", user == null ? control.expireSessions()
                        : control.expireSessions(user)));
            }
            case "POST /control/eam/not-initialized" -> {
                control.eamNotInitialized(b.has("calls") ? b.get("calls").asInt() : null);
                return new Out(200, ok());
            }
            case "DELETE /control/eam/not-initialized" -> {
                control.clearEamNotInitialized();
                return new Out(200, ok());
            }
            case "POST /control/eam/trust-check-on-configure", "DELETE /control/eam/trust-check-on-configure" -> {
                control.eamVerifiesTrustOnConfigure(method.equals("POST"));
                return new Out(200, ok());
            }
            case "POST /control/partner/down" -> {
                control.partnerDown(true);
                return new Out(200, ok());
            }
            case "POST /control/partner/up" -> {
                control.partnerDown(false);
                return new Out(200, ok());
            }
            case "POST /control/catalogue" -> {
                control.addCatalogueEntry(catalogueEntry(b));
                return new Out(200, ok());
            }
            case "POST /control/catalogue/unreachable", "POST /control/catalogue/reachable" -> {
                control.catalogueReachable(required(b, "url"), path.endsWith("/reachable"));
                return new Out(200, ok());
            }
            case "POST /control/catalogue/private-ca" -> {
                control.catalogueServerCertificate(required(b, "url"), required(b, "certificate"));
                return new Out(200, ok());
            }
            case "POST /control/catalogue/trusted-ca" -> {
                control.catalogueServerCertificate(required(b, "url"), null);
                return new Out(200, ok());
            }
            case "POST /control/hosts" -> {
                return new Out(200, ok("id", control.addHost(required(b, "cluster"), text(b, "name", null),
                        text(b, "version", null), text(b, "build", null))));
            }
            default -> {
                return entityRoute(method, p, b, key);
            }
        }
    }

    private Out entityRoute(String method, String[] p, JsonNode b, String key) {
        if (p.length >= 4 && p[1].equals("control") && (p[2].equals("hosts") || p[2].equals("vms"))) {
            String name = URLDecoder.decode(p[3], StandardCharsets.UTF_8);
            String action = p.length >= 5 ? p[4] : "";
            if (p[2].equals("hosts")) {
                if (method.equals("DELETE") && action.isEmpty()) {
                    control.removeHost(name);
                    return new Out(200, ok());
                }
                if (method.equals("POST") && hostAction(name, action, b)) {
                    return new Out(200, ok());
                }
            } else if (method.equals("POST") && vmAction(name, action)) {
                return new Out(200, ok());
            }
        }
        return new Out(404, error("NotFound", "No control route " + key + (p.length > 3 ? "/..." : "")));
    }

    private boolean hostAction(String host, String action, JsonNode b) {
        switch (action) {
            case "disconnect" -> control.disconnectHost(host);
            case "reconnect" -> control.reconnectHost(host);
            case "not-responding" -> control.hostNotResponding(host, true);
            case "responding" -> control.hostNotResponding(host, false);
            case "enter-maintenance" -> control.enterMaintenance(host);
            case "exit-maintenance" -> control.exitMaintenance(host);
            case "reboot" -> control.rebootHost(host);
            case "move" -> control.moveHost(host, required(b, "cluster"));
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean vmAction(String vm, String action) {
        switch (action) {
            case "power-off" -> control.powerOffVm(vm);
            case "delete" -> control.deleteVm(vm);
            case "corrupt" -> control.corruptVm(vm);
            case "cut-heartbeat" -> control.cutHeartbeat(vm, true);
            case "restore-heartbeat" -> control.cutHeartbeat(vm, false);
            case "scanner-failed" -> control.scannerFailed(vm, true);
            case "scanner-ok" -> control.scannerFailed(vm, false);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A catalogue entry from its JSON form (control API body or inventory file entry). */
    public static CatalogueEntry catalogueEntry(JsonNode b) {
        String kind = required(b, "kind").toUpperCase();
        List<String> props = b.has("requiredProperties") ? json(b.get("requiredProperties")) : List.of();
        List<String> versions = b.has("hostVersions") ? json(b.get("hostVersions")) : List.of();
        String install = text(b, "install", "live");
        CatalogueEntry.VibInstall vi = switch (install) {
            case "live" -> CatalogueEntry.VibInstall.LIVE;
            case "maintenanceMode" -> CatalogueEntry.VibInstall.MAINTENANCE_MODE;
            case "reboot" -> CatalogueEntry.VibInstall.REBOOT;
            default -> throw new IllegalArgumentException("install must be live|maintenanceMode|reboot");
        };
        return new CatalogueEntry(required(b, "url"), CatalogueEntry.Kind.valueOf(kind), required(b, "name"),
                required(b, "version"), text(b, "vendor", "Acme"), text(b, "productName", required(b, "name")),
                props, vi, b.path("liveRemove").asBoolean(true), versions, b.path("needsNetwork").asBoolean(true));
    }

    private static List<String> json(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
