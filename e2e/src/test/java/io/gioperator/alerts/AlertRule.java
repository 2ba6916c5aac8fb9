package io.gioperator.alerts;

import java.util.Map;

/** One alerting rule as written in the rules file. */
record AlertRule(String group, String name, String expr, String forDuration, Map<String, String> labels,
    Map<String, String> annotations) {

  String severity() {
    return labels.get("severity");
  }
}
