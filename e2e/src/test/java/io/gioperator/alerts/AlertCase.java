package io.gioperator.alerts;

import java.time.Duration;

/** One {@code alert_rule_test} entry of a promtool unit-test file: at this time, this alert fires or not. */
record AlertCase(String file, String test, String alertName, Duration evalTime, int expectedAlerts) {

  boolean fires() {
    return expectedAlerts > 0;
  }
}
