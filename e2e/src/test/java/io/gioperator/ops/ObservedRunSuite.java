package io.gioperator.ops;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The classes that read the one {@link ObservedRun} (three minutes of operator life), run together so that the
 * run happens once: surefire spreads classes over two JVMs, and each JVM would otherwise make its own run. The
 * classes themselves are excluded from surefire's own scan (e2e/pom.xml) and run only through this suite.
 */
@Suite
@SelectClasses({ProbesTest.class, NoCredentialLeakTest.class, JsonLogTest.class, MetricsContractTest.class,
    AlertsOnRealFaultsTest.class})
class ObservedRunSuite {
}
