package io.gioperator.e2e.scenarios;

import io.gioperator.e2e.harness.E2eEnvironment;
import io.gioperator.e2e.harness.LeakCheck;
import io.gioperator.e2e.harness.Tenant;
import io.gioperator.simulator.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;

/**
 * A scenario class shares one {@link E2eEnvironment} (subclasses start it in {@code @BeforeAll}). Every scenario
 * ends the same way: faults cleared, its GuestIntrospections deleted through the Kubernetes API, the finalizers
 * gone, and nothing of ours left in any simulator (the leak check).
 */
abstract class ScenarioBase {

  static final Duration DELETE_TIMEOUT = Duration.ofSeconds(90);

  static E2eEnvironment env;
  static final List<Simulator> SIMULATORS = new ArrayList<>();

  private final List<Tenant> tenants = new ArrayList<>();

  static void startEnvironment(Class<?> scenario, io.gioperator.simulator.SimulatorConfig... configs) {
    env = E2eEnvironment.start(scenario, configs);
    SIMULATORS.clear();
    for (int i = 0; i < configs.length; i++) {
      SIMULATORS.add(env.sim(i));
    }
  }

  /** A namespace of this scenario on cluster {@code Cluster-NN} of the first simulator. */
  Tenant tenant(String namespace, int cluster) {
    return tenant(namespace, cluster, 0);
  }

  Tenant tenant(String namespace, int cluster, int simIndex) {
    Tenant t = env.tenant(namespace, cluster, simIndex);
    tenants.add(t);
    return t;
  }

  @AfterEach
  void deleteEverythingAndCheckForLeaks() {
    for (Simulator sim : SIMULATORS) {
      sim.control().clearMethodFaults();
      sim.control().clearEamNotInitialized();
      sim.control().partnerDown(false);
      if (!sim.control().vcenterRunning()) {
        sim.control().vcenterUp();
      }
    }
    if (env.operator() == null || !env.operator().isAlive()) {
      env.startOperator();
    }
    for (Tenant t : tenants) {
      t.deleteGuestIntrospections(DELETE_TIMEOUT);
    }
    LeakCheck.awaitClean(SIMULATORS, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopEnvironment() throws Exception {
    if (env != null) {
      env.close();
      env = null;
    }
  }
}
