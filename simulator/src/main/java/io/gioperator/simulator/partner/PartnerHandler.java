package io.gioperator.simulator.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.gioperator.simulator.control.CallCounters;
import io.gioperator.simulator.control.FaultInjector;
import io.gioperator.simulator.core.World;
import io.gioperator.simulator.http.Exchanges;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner solution manager's REST API (docs/partner-api.md): bearer-token auth, 503 while down, per-method
 * fault injection and call counting, JSON errors {@code {"error","message"}}.
 */
final class PartnerHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PartnerHandler.class);
    private static final List<String> REQUIRED = List.of("clusterId", "clusterName", "hostId", "hostName", "vmId",
            "vmName", "ipAddress", "svaVersion", "muxVersion");

    private final ObjectMapper json = new ObjectMapper();
    private final World world;
    private final RegistrationStore store;
    private final PartnerJson view;
    private final byte[] token;
    private final Map<String, Object> about;
    private final FaultInjector faults;
    private final CallCounters counters;

    PartnerHandler(World world, RegistrationStore store, PartnerJson view, String token, Map<String, Object> about,
            FaultInjector faults, CallCounters counters) {
        this.world = world;
        this.store = store;
        this.view = view;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.about = about;
        this.faults = faults;
        this.counters = counters;
    }

    private record Response(int status, Object body) {
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            Response r = route(ex);
            byte[] body = r.body() == null ? null : json.writeValueAsBytes(r.body());
            if (r.status() == 401) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"partner\"");
            }
            Exchanges.send(ex, r.status(), body == null ? null : "application/json", body);
        } catch (RuntimeException e) {
            LOG.error("partner call failed", e);
            Exchanges.send(ex, 500, "application/json", json.writeValueAsBytes(error("InternalError",
                    e.getClass().getSimpleName())));
        }
    }

    private static Map<String, Object> error(String code, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("message", message);
        return m;
    }

    private Response route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String op = operation(method, path);
        counters.count("partner", op);
        if (faults.partnerDown()) {
            return new Response(503, error("ServiceUnavailable", "The solution manager is unavailable"));
        }
        Optional<FaultInjector.Decision> d = faults.decide("partner", op);
        if (d.isPresent()) {
            sleep(d.get().latencyMs());
            if (d.get().error() != null) {
                return d.get().error().equals(FaultInjector.HTTP_503)
                        ? new Response(503, error("ServiceUnavailable", "The solution manager is unavailable"))
                        : new Response(500, error(d.get().error(), "Injected failure"));
            }
        }
        if (!authorized(ex)) {
            return new Response(401, error("Unauthorized", "A valid bearer token is required"));
        }
        return switch (op) {
            case "about" -> new Response(200, about);
            case "registerSva" -> register(ex);
            case "listSvas" -> world.read(() -> new Response(200, Map.of("items",
                    store.list(query(ex, "clusterId")).stream().map(view::render).toList())));
            case "getSva" -> world.read(() -> store.get(id(path)).map(r -> new Response(200, view.render(r)))
                    .orElseGet(() -> notFound(id(path))));
            case "deleteSva" -> world.read(() -> store.delete(id(path)) ? new Response(204, null) : notFound(id(path)));
            case "methodNotAllowed" -> new Response(405, error("MethodNotAllowed", method + " " + path));
            default -> new Response(404, error("NotFound", "No such resource: " + path));
        };
    }

    static String operation(String method, String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        if (p.equals("/api/v1/about")) {
            return method.equals("GET") ? "about" : "methodNotAllowed";
        }
        if (p.equals("/api/v1/svas")) {
            return method.equals("GET") ? "listSvas" : method.equals("POST") ? "registerSva" : "methodNotAllowed";
        }
        if (p.startsWith("/api/v1/svas/") && p.indexOf('/', "/api/v1/svas/".length()) < 0) {
            return method.equals("GET") ? "getSva" : method.equals("DELETE") ? "deleteSva" : "methodNotAllowed";
        }
        return "unknown";
    }

    private boolean authorized(HttpExchange ex) {
        String h = ex.getRequestHeaders().getFirst("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(token, h.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }

    private Response register(HttpExchange ex) throws IOException {
        byte[] body = Exchanges.body(ex);
        JsonNode node;
        try {
            node = body == null ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            return new Response(400, error("InvalidRegistration", "The body must be a JSON object"));
        }
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : REQUIRED) {
            JsonNode n = node.get(f);
            if (n == null || !n.isTextual() || n.asText().isBlank()) {
                return new Response(400, error("InvalidRegistration", "Missing or empty field: " + f));
            }
            v.put(f, n.asText());
        }
        Registration r = new Registration(null, v.get("clusterId"), v.get("clusterName"), v.get("hostId"),
                v.get("hostName"), v.get("vmId"), v.get("vmName"), v.get("ipAddress"), v.get("svaVersion"),
                v.get("muxVersion"), null);
        return world.read(() -> {
            RegistrationStore.Registered done = store.register(r);
            return new Response(done.created() ? 201 : 200, view.render(done.registration()));
        });
    }

    private static String id(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return URLDecoder.decode(p.substring(p.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }

    private Response notFound(String id) {
        return new Response(404, error("NotFound", "No SVA registration " + id));
    }

    private static String query(HttpExchange ex, String name) {
        String q = ex.getRequestURI().getRawQuery();
        if (q == null) {
            return null;
        }
        for (String part : q.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(name)) {
                return URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void sleep(long ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
