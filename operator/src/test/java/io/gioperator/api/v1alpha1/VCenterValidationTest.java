package io.gioperator.api.v1alpha1;

import static io.gioperator.api.validation.Admission.assertAccepted;
import static io.gioperator.api.validation.Admission.assertRejectedAlsoWith;
import static io.gioperator.api.validation.Admission.assertRejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gioperator.api.validation.ApiServer;
import io.gioperator.api.validation.ApiServer.FieldValidation;
import io.gioperator.api.validation.Edit;
import io.gioperator.api.validation.Examples;
import io.gioperator.api.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each validation rule of the VCenter CRD, proven on the shipped example. */
class VCenterValidationTest {

  private static final String THUMBPRINT =
      "9C:2F:1A:7B:44:E0:0D:3A:5C:61:8E:B2:0F:99:D4:17:23:C8:6A:E5:11:3B:70:F4:C2:88:0A:5D:E9:36:4B:7F";

  private final ApiServer api = ApiServer.forKind("VCenter");
  private final ObjectNode vcenter = Examples.one("VCenter");

  @Test
  void serverIsRequired() {
    assertRejectedWith(api.create(Edit.remove(vcenter, "spec.server")), "spec.server", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://vcenter.lab.local", "https://vcenter.lab.local/sdk", "vcenter.lab.local",
      "https://vcenter.lab.local?x=1", "https://user@vcenter.lab.local"})
  void serverMustBeAnHttpsBaseUrlWithoutPath(String server) {
    assertRejectedWith(api.create(Edit.set(vcenter, "spec.server", server)), "spec.server", "should match");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://vcenter.lab.local/", "https://10.0.0.5:8443", "https://[::1]:8989",
      "https://127.0.0.1:8989"})
  void serverAcceptsHostNamesAddressesAndPorts(String server) {
    assertAccepted(api.create(Edit.set(vcenter, "spec.server", server)));
  }

  @Test
  void credentialsAreRequiredAndNamedLikeASecret() {
    assertRejectedWith(api.create(Edit.remove(vcenter.deepCopy(), "spec.credentialsSecretRef")),
        "spec.credentialsSecretRef", "");
    assertRejectedWith(api.create(Edit.set(vcenter, "spec.credentialsSecretRef.name", "VCenter_Creds")),
        "spec.credentialsSecretRef.name", "should match");
  }

  @Test
  void credentialKeysDefaultToUsernameAndPassword() {
    ApiServer.Result result = api.create(vcenter);
    assertThat(Edit.get(result.object(), "spec.credentialsSecretRef.usernameKey").asText()).isEqualTo("username");
    assertThat(Edit.get(result.object(), "spec.credentialsSecretRef.passwordKey").asText()).isEqualTo("password");
    assertThat(Edit.get(result.object(), "spec.tls.insecure").asBoolean(true)).isFalse();
  }

  @Test
  void thumbprintMustBeASha256FingerprintInColonSeparatedHex() {
    String sha1 = "9C:2F:1A:7B:44:E0:0D:3A:5C:61:8E:B2:0F:99:D4:17:23:C8:6A:E5";
    assertRejectedWith(api.create(Edit.set(vcenter, "spec.tls", "{thumbprint: '" + sha1 + "'}")),
        "spec.tls.thumbprint", "should match");
    assertRejectedWith(api.create(Edit.set(vcenter, "spec.tls", "{thumbprint: '" + THUMBPRINT.replace(":", "") + "'}")),
        "spec.tls.thumbprint", "should match");
    assertAccepted(api.create(Edit.set(vcenter, "spec.tls", "{thumbprint: '" + THUMBPRINT.toLowerCase() + "'}")));
  }

  @Test
  void caBundleAndThumbprintAreMutuallyExclusive() {
    Edit.set(vcenter, "spec.tls.thumbprint", "'" + THUMBPRINT + "'");
    assertRejectedWith(api.create(vcenter), "spec.tls", "caBundle and thumbprint are mutually exclusive");
  }

  @Test
  void insecureCannotBeCombinedWithCaBundleOrThumbprint() {
    assertRejectedWith(api.create(Edit.set(vcenter.deepCopy(), "spec.tls.insecure", "true")),
        "spec.tls", "insecure: true disables verification and cannot be combined with caBundle or thumbprint");
    Edit.set(vcenter, "spec.tls", "{thumbprint: '" + THUMBPRINT + "', insecure: true}");
    assertRejectedWith(api.create(vcenter), "spec.tls", "cannot be combined with caBundle or thumbprint");
  }

  @Test
  void insecureAloneIsAcceptedAsAnExplicitOptIn() {
    assertAccepted(api.create(Edit.set(vcenter, "spec.tls", "{insecure: true}")));
  }

  @Test
  void caBundleNamesExactlyOneSource() {
    Edit.set(vcenter, "spec.tls.caBundle.secretKeyRef", "{name: vcenter-ca, key: ca.crt}");
    assertRejectedWith(api.create(vcenter), "spec.tls.caBundle",
        "exactly one of secretKeyRef or configMapKeyRef must be set");
    Edit.set(vcenter, "spec.tls.caBundle", "{}");
    assertRejectedWith(api.create(vcenter), "spec.tls.caBundle",
        "exactly one of secretKeyRef or configMapKeyRef must be set");
  }

  @Test
  void caBundleKeyReferencesNeedNameAndKey() {
    Edit.remove(vcenter, "spec.tls.caBundle.configMapKeyRef.key");
    assertRejectedWith(api.create(vcenter), "spec.tls.caBundle.configMapKeyRef.key", "");
  }

  @Test
  void unknownFieldsAreRejectedWithStrictValidationAndDroppedOtherwise() {
    Edit.set(vcenter, "spec.tls.insecureSkipVerify", "true");
    FieldError error = assertRejectedWith(api.create(vcenter), "spec.tls.insecureSkipVerify", "unknown field");
    assertThat(error.type()).isEqualTo(FieldError.Type.UNKNOWN_FIELD);

    ApiServer.Result lenient = api.create(vcenter, FieldValidation.WARN);
    assertAccepted(lenient);
    assertThat(lenient.prunedFields()).containsExactly("spec.tls.insecureSkipVerify");
    assertThat(lenient.object().path("spec").path("tls").has("insecureSkipVerify")).isFalse();
  }

  @Test
  void aWrongTypeIsRejectedAndRulesAreNotEvaluated() {
    Edit.set(vcenter, "spec.tls", "{insecure: 'yes', thumbprint: '" + THUMBPRINT + "'}");
    ApiServer.Result result = api.create(vcenter);
    assertRejectedAlsoWith(result, "spec.tls.insecure", "must be of type boolean");
    assertThat(result.errors()).noneMatch(e -> e.message().contains("cannot be combined"));
  }
}
