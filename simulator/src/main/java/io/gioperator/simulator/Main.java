package io.gioperator.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until interrupted. Prints the vCenter, partner and control URLs and the
 * certificate thumbprint; secrets are never printed (see {@link CliOptions#USAGE}).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.out.println(CliOptions.USAGE);
            return;
        }
        SimulatorConfig config;
        try {
            config = CliOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Simulator sim = Simulator.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "gisim-shutdown"));
        System.out.println("vCenter URL:     " + sim.vcenterUrl());
        System.out.println("EAM URL:         " + sim.eamUrl());
        System.out.println("Partner URL:     " + sim.partnerUrl());
        System.out.println("Control URL:     " + sim.controlUrl());
        System.out.println("SHA-256 thumbprint: " + sim.thumbprint());
        if (config.pemFile() != null) {
            System.out.println("Certificate PEM: " + config.pemFile().toAbsolutePath());
        }
        System.out.println("User:            " + sim.username()
                + " (password and partner token: GET " + sim.controlUrl() + "/control/credentials)");
        System.out.flush();
        stopped.await();
    }
}
