package io.gioperator.simulator.soap;

import java.util.List;

/** Which vim25 and EAM API versions (the part after {@code urn:vim25/} or {@code urn:eam/}) a vCenter accepts. */
public final class ApiVersions {
    private static final List<String> VIM = List.of("7.0", "7.0.0.0", "7.0.1.0", "7.0.1.1", "7.0.2.0", "7.0.2.1",
            "7.0.3.0", "7.0.3.1", "7.0.3.2", "8.0", "8.0.0.0", "8.0.0.1", "8.0.0.2", "8.0.1.0", "8.0.2.0", "8.0.3.0");
    private static final List<String> EAM = List.of("1.0", "2.0", "2_5", "3.0", "6.0", "6.5", "6.7", "6.8", "6.9",
            "7.0", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "8.2", "8.3");

    private ApiVersions() {
    }

    /** vim25 API version of a vCenter release, e.g. 8.0.2 -> 8.0.2.0. */
    public static String vimApiVersion(String vcenterVersion) {
        String[] p = vcenterVersion.split("\\.");
        return p.length >= 3 ? p[0] + "." + p[1] + "." + p[2] + ".0" : vcenterVersion + ".0.0";
    }

    /** The newest EAM version a vCenter release ships. */
    public static String eamApiVersion(String vcenterVersion) {
        if (compare(vcenterVersion, "8.0.3") >= 0) {
            return "8.3";
        }
        if (compare(vcenterVersion, "8.0.2") >= 0) {
            return "8.2";
        }
        return compare(vcenterVersion, "8.0") >= 0 ? "7.6" : "7.5";
    }

    /** 7.0.x and 8.0.x vim25 versions up to the server's own. */
    public static boolean vimAccepts(String requested, String serverApiVersion) {
        return VIM.contains(requested) && compare(requested, serverApiVersion) <= 0;
    }

    /** Known EAM versions up to the server's own; empty is what govmomi sends (urn:eam/). */
    public static boolean eamAccepts(String requested, String serverEamVersion) {
        return requested.isEmpty() || EAM.contains(requested) && compare(requested.replace('_', '.'),
                serverEamVersion) <= 0;
    }

    /** Compares dotted numeric versions; missing segments count as 0. */
    public static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? parse(x[i]) : 0;
            int yi = i < y.length ? parse(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
