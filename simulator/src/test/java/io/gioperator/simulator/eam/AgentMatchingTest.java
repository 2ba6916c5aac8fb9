package io.gioperator.simulator.eam;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.soap.V;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentMatchingTest {
    private static V.Obj cfg(String productLine, String hostVersion, String ovf) {
        List<V.Field> f = new ArrayList<>();
        if (productLine != null) {
            f.add(new V.Field("productLineId", new V.Text(null, productLine)));
        }
        if (hostVersion != null) {
            f.add(new V.Field("hostVersion", new V.Text(null, hostVersion)));
        }
        f.add(new V.Field("ovfPackageUrl", new V.Text(null, ovf)));
        return new V.Obj("AgentConfigInfo", f, false);
    }

    @Test
    void hostVersionPatterns() {
        assertThat(HostVersionPattern.matches("8.*", "8.0.2")).isTrue();
        assertThat(HostVersionPattern.matches("8.0", "8.0.2")).isTrue();
        assertThat(HostVersionPattern.matches("7.0.3", "7.0.3")).isTrue();
        assertThat(HostVersionPattern.matches("7.0.3", "7.0.2")).isFalse();
        assertThat(HostVersionPattern.matches("8.*", "7.0.3")).isFalse();
        assertThat(HostVersionPattern.matches("8.0.2.1", "8.0.2")).isFalse();
        assertThat(HostVersionPattern.matches("*", "6.7.0")).isTrue();
    }

    @Test
    void theFirstMatchingConfigWins() {
        List<V.Obj> configs = List.of(cfg(null, "7.0.3", "a"), cfg("embeddedEsx", "8.*", "b"), cfg(null, null, "c"));
        assertThat(AgentConfigMatcher.match(configs, "embeddedEsx", "7.0.3").str("ovfPackageUrl")).isEqualTo("a");
        assertThat(AgentConfigMatcher.match(configs, "embeddedEsx", "8.0.2").str("ovfPackageUrl")).isEqualTo("b");
        assertThat(AgentConfigMatcher.match(configs, "esx", "8.0.2").str("ovfPackageUrl")).isEqualTo("c");
        assertThat(AgentConfigMatcher.match(configs.subList(0, 2), "embeddedEsx", "6.7.0")).isNull();
    }

    @Test
    void vmNamesTakeTheLowestFreeNumberOrAUuid() {
        assertThat(VmNaming.next("GI-SVA", false, Set.of(), () -> "u")).isEqualTo("GI-SVA (1)");
        assertThat(VmNaming.next("GI-SVA", false, Set.of("GI-SVA (1)", "GI-SVA (3)"), () -> "u"))
                .isEqualTo("GI-SVA (2)");
        assertThat(VmNaming.next("vCLS", true, Set.of(), () -> "1234")).isEqualTo("vCLS-1234");
    }
}
