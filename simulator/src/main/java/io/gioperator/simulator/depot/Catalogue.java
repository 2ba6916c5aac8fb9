package io.gioperator.simulator.depot;

import io.gioperator.simulator.depot.CatalogueEntry.VibInstall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The artifact depot EAM "downloads" from: URLs are looked up here; an unknown URL, or one made unreachable by
 * fault injection, cannot be accessed. Guarded by the world lock.
 */
public final class Catalogue {
    public static final String DSVA_20_0_0 = "https://depot.gi.example/trendmicro/dsva-20.0.0-7719.ovf";
    public static final String DSVA_20_0_1 = "https://depot.gi.example/trendmicro/dsva-20.0.1-3445.ovf";
    public static final String MUX_7_0_3 = "https://depot.gi.example/vmware/epsec-mux-7.0.3-offline-bundle.zip";
    public static final String MUX_8_0_2 = "https://depot.gi.example/vmware/epsec-mux-8.0.2-offline-bundle.zip";
    /** vCenter serves the vCLS agent OVF itself; the pre-existing vCLS-like agencies use it. */
    public static final String VCLS_OVF = "https://vcenter.gi.example/eam/vcls/vCLS.ovf";

    private final Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
    private final Set<String> unreachable = new HashSet<>();
    /** URLs served over HTTPS with a certificate of a private CA that EAM's default trust store lacks: its PEM. */
    private final Map<String, String> privateCertificates = new HashMap<>();
    /** Whether EAM verifies the servers' certificates already at CreateAgency/Update (a lab switch, off by default). */
    private boolean trustVerifiedOnConfigure;

    public static Catalogue withDefaults() {
        Catalogue c = new Catalogue();
        List<String> dsvaProps = List.of("dsm.address", "dsm.token");
        String dsva = "Trend Micro Deep Security Virtual Appliance";
        c.add(CatalogueEntry.ovf(DSVA_20_0_0, "dsva", "20.0.0-7719", "Trend Micro", dsva, dsvaProps));
        c.add(CatalogueEntry.ovf(DSVA_20_0_1, "dsva", "20.0.1-3445", "Trend Micro", dsva, dsvaProps));
        c.add(CatalogueEntry.vib(MUX_7_0_3, "epsec-mux", "7.0.3", "VMware", VibInstall.LIVE, true,
                List.of("7.*", "8.*")));
        c.add(CatalogueEntry.vib(MUX_8_0_2, "epsec-mux", "8.0.2", "VMware", VibInstall.MAINTENANCE_MODE, true,
                List.of("8.*")));
        c.add(new CatalogueEntry(VCLS_OVF, CatalogueEntry.Kind.OVF, "vCLS", "1.0", "VMware",
                "vSphere Cluster Service VM", List.of(), VibInstall.LIVE, true, List.of(), false));
        return c;
    }

    public void add(CatalogueEntry e) {
        entries.put(e.url(), e);
    }

    public boolean remove(String url) {
        unreachable.remove(url);
        privateCertificates.remove(url);
        return entries.remove(url) != null;
    }

    /** The entry behind a URL if it can be downloaded now. */
    public Optional<CatalogueEntry> fetch(String url) {
        if (url == null || unreachable.contains(url)) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(url));
    }

    public void reachable(String url, boolean reachable) {
        if (reachable) {
            unreachable.remove(url);
        } else {
            unreachable.add(url);
        }
    }

    /**
     * Serves the URL with this private-CA server certificate (PEM), or with a certificate EAM trusts by default
     * (Photon roots / VECS TRUSTED_ROOTS) when {@code pem} is null.
     */
    public void serverCertificate(String url, String pem) {
        if (pem == null) {
            privateCertificates.remove(url);
        } else {
            privateCertificates.put(url, pem);
        }
    }

    /**
     * On: CreateAgency and Update contact the OVF/VIB servers and fault with CertificateNotTrustedFault when the
     * agent config does not trust one (EAM 8.2 may do so). Off (default): EAM notices only when it downloads, and
     * raises the CertificateNotTrusted issue on the agent.
     */
    public void trustVerifiedOnConfigure(boolean on) {
        trustVerifiedOnConfigure = on;
    }

    public boolean trustVerifiedOnConfigure() {
        return trustVerifiedOnConfigure;
    }

    /** The private-CA certificate the URL is served with, or null when EAM's default trust store covers it. */
    public String privateCertificate(String url) {
        return privateCertificates.get(url);
    }

    public boolean isReachable(String url) {
        return entries.containsKey(url) && !unreachable.contains(url);
    }

    public List<CatalogueEntry> all() {
        return new ArrayList<>(entries.values());
    }
}
