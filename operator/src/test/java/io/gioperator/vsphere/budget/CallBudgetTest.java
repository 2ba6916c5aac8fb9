package io.gioperator.vsphere.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gioperator.vsphere.soap.InvalidArgumentFault;
import io.gioperator.vsphere.soap.ManagedObjectNotFoundFault;
import io.gioperator.vsphere.soap.VSphereTransientException;
import io.gioperator.vsphere.soap.VSphereTransientException.Reason;
import io.gioperator.vsphere.testing.FakeVCenter;
import io.gioperator.vsphere.testing.Soap;
import io.gioperator.vsphere.testing.TestClients;
import io.gioperator.vsphere.types.MoRef;
import io.micrometer.core.instrument.search.Search;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class CallBudgetTest {

    private static final MockResponse TIME = Soap.vim("CurrentTime", "<returnval>2024-05-02T09:30:00Z</returnval>");

    private static CallBudgetConfig budget(int rate, int concurrent, Duration bulkheadWait, int attempts, int window) {
        return new CallBudgetConfig(rate, Duration.ofSeconds(30), Duration.ZERO, concurrent, bulkheadWait,
                attempts, Duration.ofMillis(10), 2.0, Duration.ofMillis(40),
                50f, window, window, Duration.ofMinutes(5), 1);
    }

    private static TestClients.Connected connect(FakeVCenter vc, CallBudgetConfig budget) {
        return TestClients.connect(vc, TestClients.fastConfig().withBudget(budget));
    }

    private static double count(TestClients.Connected c, String method, String outcome) {
        return Search.in(c.registry()).name(VSphereMetrics.REQUESTS)
                .tags("vcenter", "localhost", "method", method, "outcome", outcome).timers().stream()
                .mapToDouble(t -> t.count()).sum();
    }

    private static void awaitCalls(FakeVCenter vc, String method, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (vc.calls(method).size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(vc.calls(method)).hasSizeGreaterThanOrEqualTo(n);
    }

    @Test
    void transientFailuresAreRetriedWithBackoffAndMeasured() {
        try (FakeVCenter vc = new FakeVCenter(); var c = connect(vc, budget(1000, 8, Duration.ofSeconds(1), 4, 50))) {
            vc.enqueue("CurrentTime", Soap.status(503, "busy"));
            vc.enqueue("CurrentTime", Soap.fault("EamServiceNotInitialized", "urn:vim25",
                    "EAM is still loading from database. Please try again later.", ""));
            vc.always("CurrentTime", TIME);

            c.connection().vim().currentTime();

            assertThat(vc.calls("CurrentTime")).hasSize(3);
            assertThat(count(c, "CurrentTime", "transient")).isEqualTo(1);
            assertThat(count(c, "CurrentTime", "EamServiceNotInitialized")).isEqualTo(1);
            assertThat(count(c, "CurrentTime", "success")).isEqualTo(1);
            assertThat(count(c, "Login", "success")).isEqualTo(1);
        }
    }

    @Test
    void retriesStopAfterTheLastAttempt() {
        try (FakeVCenter vc = new FakeVCenter(); var c = connect(vc, budget(1000, 8, Duration.ofSeconds(1), 3, 50))) {
            vc.always("CurrentTime", Soap.status(503, "busy"));
            assertThatThrownBy(() -> c.connection().vim().currentTime())
                    .isInstanceOfSatisfying(VSphereTransientException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.HTTP_UNAVAILABLE));
            assertThat(vc.calls("CurrentTime")).hasSize(3);
        }
    }

    @Test
    void businessFaultsAreNeitherRetriedNorOpenTheBreaker() {
        try (FakeVCenter vc = new FakeVCenter(); var c = connect(vc, budget(1000, 8, Duration.ofSeconds(1), 3, 4))) {
            vc.always("Destroy_Task", Soap.vimFault("ManagedObjectNotFound", "gone", "<obj type=\"VirtualMachine\">vm-1</obj>"));
            vc.always("PowerOffVM_Task", Soap.vimFault("InvalidArgument", "bad", "<invalidProperty>vm</invalidProperty>"));
            MoRef vm = MoRef.of("VirtualMachine", "vm-1");
            for (int i = 0; i < 6; i++) {
                assertThatThrownBy(() -> c.connection().entities().destroyTask(vm))
                        .isInstanceOf(ManagedObjectNotFoundFault.class);
            }
            assertThatThrownBy(() -> c.connection().entities().powerOffVmTask(vm)).isInstanceOf(InvalidArgumentFault.class);
            assertThat(vc.calls("Destroy_Task")).hasSize(6);
            assertThat(vc.calls("PowerOffVM_Task")).hasSize(1);
            assertThat(c.registry().get(VSphereMetrics.BREAKER_STATE).tag("vcenter", "localhost").gauge().value())
                    .isZero();
            assertThat(count(c, "Destroy_Task", "ManagedObjectNotFound")).isEqualTo(6);
        }
    }

    @Test
    void theBreakerOpensOnTransientFailuresAndThenSpareTheVCenter() {
        try (FakeVCenter vc = new FakeVCenter(); var c = connect(vc, budget(1000, 8, Duration.ofSeconds(1), 1, 4))) {
            c.connection().serviceContent();
            vc.always("CurrentTime", Soap.status(503, "busy"));
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> c.connection().vim().currentTime()).isInstanceOf(VSphereTransientException.class);
            }
            assertThat(c.registry().get(VSphereMetrics.BREAKER_STATE).tag("vcenter", "localhost").gauge().value())
                    .as("4 calls in the window, 2 failed = 50%").isEqualTo(1.0);
            int before = vc.calls().size();

            assertThatThrownBy(() -> c.connection().vim().currentTime())
                    .isInstanceOfSatisfying(VSphereTransientException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CIRCUIT_OPEN);
                        assertThat(e.rejectedLocally()).isTrue();
                    });
            assertThat(vc.calls()).hasSize(before);
            assertThat(count(c, "CurrentTime", "rejected")).isEqualTo(1);
        }
    }

    @Test
    void theBulkheadBoundsConcurrentCallsButNotLongPolls() throws Exception {
        try (FakeVCenter vc = new FakeVCenter(); var c = connect(vc, budget(1000, 1, Duration.ZERO, 1, 50))) {
            c.connection().serviceContent();
            vc.enqueue("CurrentTime", new MockResponse.Builder(TIME).headersDelay(1500, TimeUnit.MILLISECONDS).build());
            vc.always("CurrentTime", TIME);
            CompletableFuture<?> slow = CompletableFuture.runAsync(() -> c.connection().vim().currentTime());
            awaitCalls(vc, "CurrentTime", 1);

            assertThatThrownBy(() -> c.connection().entities().destroyTask(MoRef.of("VirtualMachine", "vm-1")))
                    .isInstanceOfSatisfying(VSphereTransientException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.BULKHEAD_FULL));
            assertThat(vc.calls("Destroy_Task")).isEmpty();
            slow.get(5, TimeUnit.SECONDS);

            vc.enqueue("WaitForUpdatesEx", new MockResponse.Builder(Soap.vim("WaitForUpdatesEx", ""))
                    .headersDelay(1500, TimeUnit.MILLISECONDS).build());
            MoRef collector = MoRef.of("PropertyCollector", "session[1]2");
            CompletableFuture<?> poll = CompletableFuture.runAsync(
                    () -> c.connection().vim().waitForUpdatesEx(collector, "1", 1, null));
            awaitCalls(vc, "WaitForUpdatesEx", 1);
            c.connection().vim().currentTime();
            poll.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void theRateLimiterRefusesCallsBeyondTheRate() {
        try (FakeVCenter vc = new FakeVCenter(); var c = connect(vc, budget(4, 8, Duration.ofSeconds(1), 1, 50))) {
            vc.always("CurrentTime", TIME);
            c.connection().vim().currentTime();
            c.connection().vim().currentTime();
            assertThat(vc.names()).containsExactly("RetrieveServiceContent", "Login", "CurrentTime", "CurrentTime");

            assertThatThrownBy(() -> c.connection().vim().currentTime())
                    .isInstanceOfSatisfying(VSphereTransientException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED));
            assertThat(vc.calls("CurrentTime")).hasSize(2);
        }
    }

    @Test
    void budgetsArePerVCenter() {
        CallBudgets budgets = new CallBudgets(CallBudgetConfig.defaults(),
                new VSphereMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
        assertThat(budgets.forVCenter("vc1")).isSameAs(budgets.forVCenter("vc1")).isNotSameAs(budgets.forVCenter("vc2"));
    }
}
