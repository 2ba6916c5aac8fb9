package io.gioperator.vsphere.soap;

import io.gioperator.vsphere.xml.XmlElement;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SOAP 1.1 over {@code java.net.http}: POSTs one envelope, bounds the time and size of the answer, and returns the
 * {@code <MethodResponse>} element plus the session cookie when the server set one. Faults become typed
 * exceptions; HTTP 502/503/504, I/O errors and timeouts become {@link VSphereTransientException}. Bodies, cookies
 * and credentials are never logged.
 */
public final class SoapTransport {

    public static final String SESSION_COOKIE = "vmware_soap_session";
    private static final Logger LOG = LoggerFactory.getLogger(SoapTransport.class);

    private final HttpClient http;
    private final SoapEndpoint endpoint;
    private final TransportSettings settings;

    /** The response element and the {@code vmware_soap_session=...} pair when the response set it. */
    public record Response(XmlElement body, Optional<String> sessionCookie) {
    }

    public SoapTransport(HttpClient http, SoapEndpoint endpoint, TransportSettings settings) {
        this.http = http;
        this.endpoint = endpoint;
        this.settings = settings;
    }

    public SoapEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Sends the request. {@code cookie} is the {@code name=value} pair to send as the HTTP Cookie header, exactly
     * as the server set it (vCenter quotes the value), or null for none.
     */
    public Response call(SoapRequest request, String cookie) {
        byte[] envelope = SoapEnvelopeWriter.write(endpoint.namespace(), request);
        Duration deadline = settings.readTimeout().plus(request.serverHold());
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.url())
                .timeout(deadline)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", endpoint.soapAction(request.apiVersion()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        HttpResponse<byte[]> response = exchange(builder.build(), request.method(), deadline);
        LOG.debug("{} {} -> HTTP {}", endpoint.url().getPath(), request.method(), response.statusCode());
        XmlElement body = interpret(response, request.method());
        return new Response(body, sessionCookie(response.headers()));
    }

    private HttpResponse<byte[]> exchange(HttpRequest request, String method, Duration deadline) {
        CompletableFuture<HttpResponse<byte[]>> future =
                http.sendAsync(request, new BoundedBodyHandler(settings.maxResponseBytes()));
        try {
            // the request timeout covers the headers only; this deadline also covers a body that trickles in
            return future.get(deadline.toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new VSphereTransientException(VSphereTransientException.Reason.TIMEOUT,
                    method + ": no complete response within " + deadline.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new VSphereTransientException(VSphereTransientException.Reason.IO, method + ": interrupted", e);
        } catch (ExecutionException e) {
            throw translate(method, e.getCause());
        }
    }

    private static VSphereException translate(String method, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLargeException tooLarge) {
                return tooLarge;
            }
            if (t instanceof SSLException) {
                return new VSphereTlsException(method + ": TLS handshake with the server failed: " + t.getMessage(), t);
            }
            if (t instanceof HttpTimeoutException) {
                return new VSphereTransientException(VSphereTransientException.Reason.TIMEOUT,
                        method + ": " + t.getMessage(), t);
            }
        }
        String what = failure instanceof IOException ? "I/O error" : "request failed";
        return new VSphereTransientException(VSphereTransientException.Reason.IO,
                method + ": " + what + ": " + failure, failure);
    }

    private static XmlElement interpret(HttpResponse<byte[]> response, String method) {
        int status = response.statusCode();
        byte[] body = response.body() == null ? new byte[0] : response.body();
        if (status == 200) {
            return SoapResponseReader.read(body, method);
        }
        if (status == 502 || status == 503 || status == 504) {
            throw new VSphereTransientException(VSphereTransientException.Reason.HTTP_UNAVAILABLE,
                    method + ": HTTP " + status + " (service unavailable)");
        }
        if (SoapResponseReader.isFaultEnvelope(body)) {
            return SoapResponseReader.read(body, method);
        }
        throw new VSphereProtocolException(method + ": HTTP " + status + " without a SOAP fault");
    }

    /** The {@code vmware_soap_session=...} pair of a Set-Cookie header, attributes (Path, HttpOnly...) removed. */
    static Optional<String> sessionCookie(HttpHeaders headers) {
        for (String header : headers.allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0].trim();
            if (pair.startsWith(SESSION_COOKIE + "=")) {
                return Optional.of(pair);
            }
        }
        return Optional.empty();
    }
}
