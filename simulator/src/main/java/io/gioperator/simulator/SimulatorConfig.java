package io.gioperator.simulator;

import io.gioperator.simulator.core.Timings;
import io.gioperator.simulator.inventory.InventorySpec;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * How to start a simulator. Defaults suit tests: loopback, random ports, fast timings, one cluster of three hosts,
 * seed 1, generated password and partner token.
 */
public record SimulatorConfig(
        InetAddress bindAddress,
        int vcenterPort,
        int partnerPort,
        int controlPort,
        List<String> hostnames,
        long seed,
        Timings timings,
        InventorySpec inventory,
        String username,
        String password,
        String partnerToken,
        Path pemFile) {

    public static final String DEFAULT_USER = "administrator@vsphere.local";

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.bindAddress = bindAddress;
        b.vcenterPort = vcenterPort;
        b.partnerPort = partnerPort;
        b.controlPort = controlPort;
        b.hostnames = hostnames;
        b.seed = seed;
        b.timings = timings;
        b.inventory = inventory;
        b.username = username;
        b.password = password;
        b.partnerToken = partnerToken;
        b.pemFile = pemFile;
        return b;
    }

    /** Fluent builder; unset secrets are generated from SecureRandom. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int vcenterPort;
        private int partnerPort;
        private int controlPort;
        private List<String> hostnames = List.of();
        private long seed = 1;
        private Timings timings = Timings.fast();
        private InventorySpec inventory = InventorySpec.generated(1, 3);
        private String username = DEFAULT_USER;
        private String password;
        private String partnerToken;
        private Path pemFile;

        public Builder bindAddress(InetAddress a) {
            this.bindAddress = a;
            return this;
        }

        public Builder vcenterPort(int p) {
            this.vcenterPort = p;
            return this;
        }

        public Builder partnerPort(int p) {
            this.partnerPort = p;
            return this;
        }

        public Builder controlPort(int p) {
            this.controlPort = p;
            return this;
        }

        public Builder hostnames(List<String> names) {
            this.hostnames = List.copyOf(names);
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder timings(Timings t) {
            this.timings = t;
            return this;
        }

        public Builder inventory(InventorySpec spec) {
            this.inventory = spec;
            return this;
        }

        /** Shorthand for a generated inventory of {@code clusters} x {@code hostsPerCluster}. */
        public Builder size(int clusters, int hostsPerCluster) {
            this.inventory = inventory.withSizes(clusters, hostsPerCluster);
            return this;
        }

        public Builder username(String u) {
            this.username = u;
            return this;
        }

        public Builder password(String p) {
            this.password = p;
            return this;
        }

        public Builder partnerToken(String t) {
            this.partnerToken = t;
            return this;
        }

        public Builder pemFile(Path p) {
            this.pemFile = p;
            return this;
        }

        public SimulatorConfig build() {
            String pw = password != null ? password : "Sim-" + randomHex(9) + "!";
            String tok = partnerToken != null ? partnerToken : randomHex(24);
            return new SimulatorConfig(bindAddress, vcenterPort, partnerPort, controlPort, hostnames, seed, timings,
                    inventory, username, pw, tok, pemFile);
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    @Override
    public String toString() {
        return "SimulatorConfig[bind=" + bindAddress.getHostAddress() + ", ports=" + vcenterPort + "/" + partnerPort
                + "/" + controlPort + ", seed=" + seed + ", user=" + username + "]";
    }
}
