package io.gioperator.simulator;

import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.inventory.InventorySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Command-line flags of {@link Main}, turned into a {@link SimulatorConfig}. */
final class CliOptions {
    static final String USAGE = String.join("\n",
            "usage: java -cp <classpath> io.gioperator.simulator.Main [options]",
            "  --clusters N               clusters Cluster-01..Cluster-NN (default 1)",
            "  --hosts M                  hosts per cluster (default 3)",
            "  --inventory FILE           inventory YAML (flags --clusters/--hosts override its sizes)",
            "  --port P                   vCenter HTTPS port (default 8989; 0 = random)",
            "  --partner-port P           partner manager HTTPS port (default 8990)",
            "  --control-port P           control API HTTP port, loopback only (default 8991)",
            "  --bind ADDRESS             listen address for vCenter and partner (default 127.0.0.1)",
            "  --hostname NAME            extra certificate SAN (repeatable)",
            "  --seed N                   seed for ids, IPs and random errors (default 1)",
            "  --latency-profile NAME     fast | realistic (default realistic)",
            "  --session-idle-timeout S   seconds before an idle session expires (default 1800)",
            "  --heartbeat-interval S     seconds between SVA heartbeats to the partner manager",
            "  --heartbeat-warning S      heartbeat age (s) after which service status is WARNING",
            "  --heartbeat-down S         heartbeat age (s) after which service status is DOWN",
            "  --user NAME                vCenter user (default administrator@vsphere.local)",
            "  --password-env VAR         read the vCenter password from this environment variable",
            "  --partner-token-env VAR    read the partner bearer token from this environment variable",
            "  --pem-out FILE             write the generated certificate (PEM) to FILE",
            "Without --password-env/--partner-token-env, secrets are generated; fetch them from",
            "GET <control URL>/control/credentials (loopback only).");

    private CliOptions() {
    }

    static SimulatorConfig parse(String[] args, Map<String, String> env) throws IOException {
        SimulatorConfig.Builder b = SimulatorConfig.builder().vcenterPort(8989).partnerPort(8990).controlPort(8991)
                .timings(Timings.realistic());
        Integer clusters = null;
        Integer hosts = null;
        InventorySpec spec = InventorySpec.generated(1, 3);
        Duration idle = Duration.ofMinutes(30);
        Timings timings = Timings.realistic();
        List<String> names = new ArrayList<>();
        Integer hbInterval = null;
        Integer hbWarning = null;
        Integer hbDown = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a + "\n" + USAGE);
            }
            String v = args[++i];
            switch (a) {
                case "--clusters" -> clusters = positive(a, v);
                case "--hosts" -> hosts = positive(a, v);
                case "--inventory" -> spec = InventorySpec.load(Path.of(v));
                case "--port" -> b.vcenterPort(port(a, v));
                case "--partner-port" -> b.partnerPort(port(a, v));
                case "--control-port" -> b.controlPort(port(a, v));
                case "--bind" -> b.bindAddress(address(v));
                case "--hostname" -> names.add(v);
                case "--seed" -> b.seed(Long.parseLong(v));
                case "--latency-profile" -> timings = Timings.profile(v);
                case "--session-idle-timeout" -> idle = Duration.ofSeconds(positive(a, v));
                case "--heartbeat-interval" -> hbInterval = positive(a, v);
                case "--heartbeat-warning" -> hbWarning = positive(a, v);
                case "--heartbeat-down" -> hbDown = positive(a, v);
                case "--user" -> b.username(v);
                case "--password-env" -> b.password(env(env, v));
                case "--partner-token-env" -> b.partnerToken(env(env, v));
                case "--pem-out" -> b.pemFile(Path.of(v));
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        timings = timings.withHeartbeat(
                hbInterval != null ? Duration.ofSeconds(hbInterval) : timings.heartbeatInterval(),
                hbWarning != null ? Duration.ofSeconds(hbWarning) : timings.heartbeatWarning(),
                hbDown != null ? Duration.ofSeconds(hbDown) : timings.heartbeatDown());
        if (timings.heartbeatWarning().compareTo(timings.heartbeatDown()) > 0) {
            throw new IllegalArgumentException("--heartbeat-warning must not exceed --heartbeat-down");
        }
        return b.inventory(spec.withSizes(clusters, hosts)).hostnames(names)
                .timings(timings.withSessionIdleTimeout(idle)).build();
    }

    private static String env(Map<String, String> env, String var) {
        String v = env.get(var);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("environment variable " + var + " is not set");
        }
        return v;
    }

    private static int positive(String flag, String v) {
        int n = Integer.parseInt(v);
        if (n <= 0) {
            throw new IllegalArgumentException(flag + " must be positive");
        }
        return n;
    }

    private static int port(String flag, String v) {
        int n = Integer.parseInt(v);
        if (n < 0 || n > 65535) {
            throw new IllegalArgumentException(flag + " must be a port number");
        }
        return n;
    }

    private static InetAddress address(String v) {
        try {
            return InetAddress.getByName(v);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve --bind " + v);
        }
    }
}
