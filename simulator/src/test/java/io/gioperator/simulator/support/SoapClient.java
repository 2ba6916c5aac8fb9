package io.gioperator.simulator.support;

import io.gioperator.simulator.Simulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A minimal SOAP-over-HTTPS client for tests: trusts only the simulator's generated certificate (hostname
 * verification stays on), sends the session cookie it got from Login, and parses responses with StAX.
 */
public final class SoapClient {
    public static final String VIM_ACTION = "urn:vim25/8.0.2.0";
    public static final String EAM_ACTION = "urn:eam/8.2";

    /** A raw HTTP response with SOAP helpers. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public XmlNode xml() {
            return XmlNode.parse(body);
        }

        /** The element inside soapenv:Body (the XxxResponse or the Fault). */
        public XmlNode payload() {
            return xml().child("Body").children.get(0);
        }

        public boolean isFault() {
            return status == 500 && payload().name.equals("Fault");
        }

        public XmlNode faultDetail() {
            return payload().at("detail").children.get(0);
        }

        /** The fault type from the detail's xsi:type. */
        public String faultType() {
            return isFault() ? faultDetail().xsiType() : null;
        }

        public String faultString() {
            return payload().textAt("faultstring");
        }

        public String text() {
            return new String(body);
        }
    }

    private final HttpClient http;
    private final URI vim;
    private final URI eam;
    private String cookie;

    public SoapClient(Simulator sim) {
        this(sim.certificate(), URI.create(sim.vcenterUrl()), URI.create(sim.eamUrl()));
    }

    public SoapClient(X509Certificate trusted, URI vim, URI eam) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(trusted))
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.vim = vim;
        this.eam = eam;
    }

    public static SSLContext trusting(X509Certificate cert) {
        try {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            ks.setCertificateEntry("simulator", cert);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    public String cookie() {
        return cookie;
    }

    public void cookie(String c) {
        this.cookie = c;
    }

    public Response post(URI uri, String soapAction, String cookieHeader, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (soapAction != null) {
            b.header("SOAPAction", soapAction);
        }
        if (cookieHeader != null) {
            b.header("Cookie", cookieHeader);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookieHeader() {
        return cookie == null ? null : "vmware_soap_session=" + cookie;
    }

    public Response vim(Xml method) {
        return post(vim, VIM_ACTION, cookieHeader(), Xml.envelope(method.ns("urn:vim25")));
    }

    public Response eam(Xml method) {
        return post(eam, EAM_ACTION, cookieHeader(), Xml.envelope(method.ns("urn:eam")));
    }

    public Response rawVim(String action, byte[] body) {
        return post(vim, action, cookieHeader(), body);
    }

    public Response rawEam(String action, byte[] body) {
        return post(eam, action, cookieHeader(), body);
    }

    /** Logs in and keeps the session cookie exactly as vCenter set it (quoted). */
    public Response login(String user, String password) {
        Response r = vim(Xml.el("Login").add(Xml.ref("_this", "SessionManager", "SessionManager"),
                Xml.el("userName", user), Xml.el("password", password)));
        Optional<String> setCookie = r.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(h -> h.startsWith("vmware_soap_session=")).findFirst();
        setCookie.ifPresent(h -> cookie = h.substring("vmware_soap_session=".length(), h.indexOf(';')));
        return r;
    }
}
