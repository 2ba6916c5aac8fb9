package io.gioperator.reconcile.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.gioperator.api.v1alpha1.VCenter;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LastResolvedTest {

  private static final Supplier<String> GONE = () -> {
    throw new ReferenceException("CredentialsNotFound", "Secret gi-system/vc-credentials does not exist");
  };

  private final LastResolved<String> last = new LastResolved<>();

  @Test
  void removalFallsBackOnWhatWasLastResolvedForTheSameResource() {
    VCenter vc = vcenter("uid-1");
    assertThat(last.resolve(vc, false, () -> "target-1")).isEqualTo("target-1");

    assertThat(last.resolve(vc, true, GONE)).isEqualTo("target-1");
  }

  @Test
  void convergingStillReportsTheMissingSecret() {
    VCenter vc = vcenter("uid-1");
    last.resolve(vc, false, () -> "target-1");

    assertThatThrownBy(() -> last.resolve(vc, false, GONE)).isInstanceOf(ReferenceException.class)
        .hasMessageContaining("vc-credentials");
  }

  @Test
  void aResourceRecreatedUnderTheSameNameDoesNotInheritTheOldValues() {
    last.resolve(vcenter("uid-1"), false, () -> "target-1");

    assertThatThrownBy(() -> last.resolve(vcenter("uid-2"), true, GONE)).isInstanceOf(ReferenceException.class);
  }

  @Test
  void theLatestResolutionWins() {
    VCenter vc = vcenter("uid-1");
    last.resolve(vc, false, () -> "target-1");
    last.resolve(vc, false, () -> "target-2");

    assertThat(last.resolve(vc, true, GONE)).isEqualTo("target-2");
  }

  private static VCenter vcenter(String uid) {
    VCenter vc = new VCenter();
    vc.setMetadata(new ObjectMetaBuilder().withName("vc").withNamespace("gi-system").withUid(uid).build());
    return vc;
  }
}
