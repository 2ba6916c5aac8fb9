package io.gioperator.simulator.eam;

/**
 * AgentConfigInfo.hostVersion matching: dotted segments compared left to right, {@code *} matches the rest, and a
 * shorter pattern matches as a prefix ({@code 8.0} matches 8.0.2, {@code 8.*} matches any 8.x, {@code 7.0.3}
 * only 7.0.3).
 */
public final class HostVersionPattern {
    private HostVersionPattern() {
    }

    public static boolean matches(String pattern, String version) {
        String[] p = pattern.trim().split("\\.");
        String[] v = version.trim().split("\\.");
        for (int i = 0; i < p.length; i++) {
            if (p[i].equals("*")) {
                return true;
            }
            if (i >= v.length || !p[i].equals(v[i])) {
                return false;
            }
        }
        return true;
    }
}
