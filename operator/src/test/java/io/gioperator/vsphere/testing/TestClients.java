package io.gioperator.vsphere.testing;

import io.gioperator.vsphere.budget.CallBudgetConfig;
import io.gioperator.vsphere.session.VCenterConnection;
import io.gioperator.vsphere.session.VCenterSessionPool;
import io.gioperator.vsphere.session.VSphereClientConfig;
import io.gioperator.vsphere.soap.TransportSettings;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;

/** Client configurations with short timeouts and tiny backoffs so the suite stays fast. */
public final class TestClients {

    /** The session owner the tests connect as (a VCenter resource's namespace/name in the operator). */
    public static final String OWNER = "test/vc";

    private TestClients() {
    }

    public static CallBudgetConfig fastBudget() {
        return new CallBudgetConfig(1000, Duration.ofSeconds(1), Duration.ofSeconds(2), 16, Duration.ofSeconds(2),
                3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50),
                50f, 10, 10, Duration.ofSeconds(30), 1);
    }

    public static VSphereClientConfig fastConfig() {
        return new VSphereClientConfig(new TransportSettings(Duration.ofSeconds(2), Duration.ofSeconds(3), 1 << 20),
                fastBudget(), Duration.ofMinutes(10), Duration.ofMillis(5), Duration.ofMillis(20), 100);
    }

    /** A pool plus a connection to the fake; close the pool after the test. */
    public record Connected(VCenterSessionPool pool, VCenterConnection connection, SimpleMeterRegistry registry)
            implements AutoCloseable {
        @Override
        public void close() {
            pool.close();
        }
    }

    public static Connected connect(FakeVCenter vc) {
        return connect(vc, fastConfig());
    }

    public static Connected connect(FakeVCenter vc, VSphereClientConfig config) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        VCenterSessionPool pool = new VCenterSessionPool(config, registry);
        return new Connected(pool, pool.connect(OWNER, vc.target()), registry);
    }
}
