package io.gioperator.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gioperator.vsphere.soap.BoundedBodyHandler;
import io.gioperator.vsphere.soap.ResponseTooLargeException;
import io.gioperator.vsphere.tls.TlsHttpClients;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Typed client of the partner solution manager's REST API (contract: PARTNER-CONTRACT / docs). Every call carries
 * the bearer token, which is never logged nor put in an exception message.
 */
public final class PartnerClient {

    /** Error code of a token that cannot be sent (a spec problem, not the manager's). */
    public static final String INVALID_TOKEN = "InvalidToken";
    public static final String TLS_HANDSHAKE_FAILED = "TlsHandshakeFailed";
    public static final String MALFORMED_RESPONSE = "MalformedResponse";
    public static final String RESPONSE_TOO_LARGE = "ResponseTooLarge";

    record Items(List<SvaRegistration> items) {
    }

    private final PartnerClientConfig config;
    private final HttpClient http;
    private final PartnerCallObserver observer;

    public PartnerClient(PartnerClientConfig config) {
        this(config, PartnerCallObserver.NONE);
    }

    public PartnerClient(PartnerClientConfig config, PartnerCallObserver observer) {
        this.config = config;
        this.observer = observer;
        this.http = TlsHttpClients.create(config.trust(), config.connectTimeout(), config.baseUrl().getHost());
    }

    public PartnerAbout about() {
        return observed("about", () -> read(send("GET", "/api/v1/about", null), PartnerAbout.class));
    }

    /** Registers an SVA; idempotent for the same (hostId, vmId); a new vmId for a host replaces the old one. */
    public RegistrationResult register(SvaRegistrationRequest request) {
        return observed("register", () -> {
            HttpResponse<byte[]> response = send("POST", "/api/v1/svas", json(request));
            return new RegistrationResult(read(response, SvaRegistration.class), response.statusCode() == 201);
        });
    }

    /** Registrations of one cluster, or all when {@code clusterId} is null. */
    public List<SvaRegistration> list(String clusterId) {
        String path = clusterId == null ? "/api/v1/svas"
                : "/api/v1/svas?clusterId=" + URLEncoder.encode(clusterId, StandardCharsets.UTF_8);
        return observed("list", () -> {
            Items items = read(send("GET", path, null), Items.class);
            return items.items() == null ? List.of() : List.copyOf(items.items());
        });
    }

    /** One registration; {@link PartnerNotFoundException} when unknown. */
    public SvaRegistration get(String id) {
        return observed("get", () -> read(send("GET", "/api/v1/svas/" + encode(id), null), SvaRegistration.class));
    }

    public Optional<SvaRegistration> find(String id) {
        try {
            return Optional.of(get(id));
        } catch (PartnerNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Deletes a registration; returns false when it was already gone (treated as done). */
    public boolean delete(String id) {
        try {
            observed("delete", () -> send("DELETE", "/api/v1/svas/" + encode(id), null));
            return true;
        } catch (PartnerNotFoundException e) {
            return false;
        }
    }

    /** Runs one call and tells the observer how it ended; the outcome of a failure is its exception's kind. */
    private <T> T observed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            return call.get();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            observer.completed(operation, PartnerCallOutcome.of(failure), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] json(Object body) {
        try {
            return PartnerJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize the request", e);
        }
    }

    private HttpResponse<byte[]> send(String method, String pathAndQuery, byte[] body) {
        URI uri = URI.create(stripSlash(config.baseUrl().toString()) + pathAndQuery);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(config.requestTimeout());
        try {
            builder.header("Authorization", "Bearer " + config.bearerToken());
        } catch (IllegalArgumentException e) {
            // java.net.http names the refused header value, i.e. the token, in its message: never pass it on
            throw new PartnerException(0, INVALID_TOKEN, "the solution manager token cannot be sent as an HTTP "
                    + "header (a line break or another character a header cannot carry): check the token Secret");
        }
        builder.header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        HttpResponse<byte[]> response = exchange(builder.build(), method + " " + uri.getPath());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        throw failure(status, response.body() == null ? new byte[0] : response.body(), method + " " + uri.getPath());
    }

    private HttpResponse<byte[]> exchange(HttpRequest request, String what) {
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request, new BoundedBodyHandler(config.maxResponseBytes()));
        Duration deadline = config.requestTimeout();
        try {
            return future.get(deadline.toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new PartnerUnavailableException(0, what + ": no answer within " + deadline.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new PartnerUnavailableException(0, what + ": interrupted", e);
        } catch (ExecutionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof ResponseTooLargeException tooLarge) {
                    throw new PartnerException(0, RESPONSE_TOO_LARGE, what + ": " + tooLarge.getMessage(), tooLarge);
                }
                if (t instanceof SSLException) {
                    throw new PartnerException(0, TLS_HANDSHAKE_FAILED, what + ": TLS handshake failed: "
                            + t.getMessage(), t);
                }
            }
            String kind = e.getCause() instanceof IOException ? "I/O error" : "request failed";
            throw new PartnerUnavailableException(0, what + ": " + kind + ": " + e.getCause(), e.getCause());
        }
    }

    private static PartnerException failure(int status, byte[] body, String what) {
        String[] error = PartnerJson.error(body);
        String code = error[0];
        String message = what + ": HTTP " + status + (error[1] == null ? "" : ": " + error[1]);
        return switch (status) {
            case 401 -> new PartnerUnauthorizedException(code == null ? "Unauthorized" : code, message);
            case 404 -> new PartnerNotFoundException(code == null ? "NotFound" : code, message);
            case 502, 503, 504 -> new PartnerUnavailableException(status, message, null);
            default -> new PartnerException(status, code == null ? "HttpError" : code, message);
        };
    }

    private static <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            T value = PartnerJson.MAPPER.readValue(response.body(), type);
            if (value == null) {
                throw new PartnerException(response.statusCode(), MALFORMED_RESPONSE, "empty JSON body");
            }
            return value;
        } catch (IOException e) {
            throw new PartnerException(response.statusCode(), MALFORMED_RESPONSE,
                    "response is not the expected JSON: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
