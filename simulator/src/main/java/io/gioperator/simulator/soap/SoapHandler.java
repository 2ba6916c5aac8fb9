package io.gioperator.simulator.soap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.gioperator.simulator.control.CallCounters;
import io.gioperator.simulator.control.FaultInjector;
import io.gioperator.simulator.http.Exchanges;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a SOAP endpoint: POST only, SOAPAction version check, strict parse, call counting, injected
 * latency and errors, dispatch, and responses/faults with HTTP 200/500 as vCenter sends them.
 */
public final class SoapHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SoapHandler.class);
    private static final String XML = "text/xml; charset=utf-8";

    /**
     * One parsed call with what the dispatcher needs from HTTP; {@code apiVersion} is the SOAPAction's version
     * part ("8.2" of {@code "urn:eam/8.2"}; empty when the client sent none).
     */
    public record Call(RequestReader.Parsed request, String cookie, String remoteAddress, String userAgent,
                       String apiVersion) {
    }

    /** The return values (one {@code <returnval>} each) and an optional Set-Cookie header. */
    public record Reply(List<? extends V> returnvals, String setCookie) {
        public static Reply of(V v) {
            return new Reply(v == null ? List.of() : List.of(v), null);
        }

        public static Reply none() {
            return new Reply(List.of(), null);
        }
    }

    public interface Dispatcher {
        Reply dispatch(Call call) throws SoapFault;
    }

    /** Thrown to drop the connection without an answer (the server "died" mid-call). */
    public static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Abort() {
            super(null, null, false, false);
        }
    }

    private final String api;
    private final String actionPrefix;
    private final Predicate<String> versionOk;
    private final RequestReader reader;
    private final ResponseWriter writer;
    private final Dispatcher dispatcher;
    private final FaultInjector faults;
    private final CallCounters counters;

    public SoapHandler(String api, String actionPrefix, Predicate<String> versionOk, RequestReader reader,
            ResponseWriter writer, Dispatcher dispatcher, FaultInjector faults, CallCounters counters) {
        this.api = api;
        this.actionPrefix = actionPrefix;
        this.versionOk = versionOk;
        this.reader = reader;
        this.writer = writer;
        this.dispatcher = dispatcher;
        this.faults = faults;
        this.counters = counters;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            if (!ex.getRequestMethod().equals("POST")) {
                Exchanges.send(ex, 405, "text/plain", "SOAP endpoint: POST only\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = Exchanges.body(ex);
            if (body == null) {
                Exchanges.send(ex, 413, "text/plain", "request too large\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String apiVersion = checkAction(ex.getRequestHeaders().getFirst("SOAPAction"));
            RequestReader.Parsed parsed;
            try {
                parsed = reader.read(body);
            } catch (SoapFault f) {
                counters.count(api, "(invalid request)");
                throw f;
            }
            counters.count(api, parsed.method());
            Optional<FaultInjector.Decision> decision = faults.decide(api, parsed.method());
            if (decision.isPresent()) {
                sleep(decision.get().latencyMs());
                String error = decision.get().error();
                if (FaultInjector.HTTP_503.equals(error)) {
                    Exchanges.send(ex, 503, "text/plain", "Service Unavailable\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if (error != null) {
                    throw Faults.named(error);
                }
            }
            String cookie = Exchanges.cookie(ex, "vmware_soap_session").orElse(null);
            Reply reply = dispatcher.dispatch(new Call(parsed, cookie,
                    ex.getRemoteAddress().getAddress().getHostAddress(),
                    Optional.ofNullable(ex.getRequestHeaders().getFirst("User-Agent")).orElse(""), apiVersion));
            if (reply.setCookie() != null) {
                ex.getResponseHeaders().add("Set-Cookie", reply.setCookie());
            }
            Exchanges.send(ex, 200, XML, writer.response(parsed.method(), reply.returnvals()));
        } catch (SoapFault f) {
            Exchanges.send(ex, 500, XML, writer.fault(f));
        } catch (Abort a) {
            Exchanges.abort(ex);
        } catch (RuntimeException e) {
            LOG.error("{} call failed", api, e);
            Exchanges.send(ex, 500, XML, writer.fault(Faults.systemError(e.getClass().getSimpleName())));
        }
    }

    /** Checks the SOAPAction and returns its version part. */
    private String checkAction(String header) throws SoapFault {
        String action = header == null ? "" : header.trim();
        if (action.length() >= 2 && action.startsWith("\"") && action.endsWith("\"")) {
            action = action.substring(1, action.length() - 1);
        }
        if (!action.startsWith(actionPrefix) || !versionOk.test(action.substring(actionPrefix.length()))) {
            throw Faults.invalidRequest("Unsupported version URI \"" + action + "\"\n\nwhile parsing SOAP envelope"
                    + "\nat line 1, column 0\n\nwhile parsing HTTP request for SOAPAction \"" + action + "\"");
        }
        return action.substring(actionPrefix.length());
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
