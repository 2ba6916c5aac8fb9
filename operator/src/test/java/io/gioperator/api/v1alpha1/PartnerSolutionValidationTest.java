package io.gioperator.api.v1alpha1;

import static io.gioperator.api.validation.Admission.assertAccepted;
import static io.gioperator.api.validation.Admission.assertRejectedAlsoWith;
import static io.gioperator.api.validation.Admission.assertRejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gioperator.api.validation.ApiServer;
import io.gioperator.api.validation.Edit;
import io.gioperator.api.validation.Examples;
import io.gioperator.api.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each validation rule of the PartnerSolution CRD, proven on the shipped example. */
class PartnerSolutionValidationTest {

  private final ApiServer api = ApiServer.forKind("PartnerSolution");
  private final ObjectNode partner = Examples.one("PartnerSolution");

  @ParameterizedTest
  @ValueSource(strings = {"spec.vendor", "spec.product", "spec.version", "spec.sva", "spec.sva.ovfUrl", "spec.mux",
      "spec.mux.vibUrl", "spec.mux.version", "spec.compatibility", "spec.compatibility.esxi",
      "spec.compatibility.vcenter", "spec.solutionManager.url", "spec.solutionManager.credentialsSecretRef"})
  void requiredFields(String path) {
    assertRejectedWith(api.create(Edit.remove(partner, path)), path, "");
  }

  @Test
  void theSolutionManagerIsOptional() {
    assertAccepted(api.create(Edit.remove(partner, "spec.solutionManager")));
  }

  @Test
  void versionIsAReleaseVersionWithoutSpaces() {
    assertRejectedWith(api.create(Edit.set(partner, "spec.version", "20.0.1 beta")), "spec.version", "should match");
    assertAccepted(api.create(Edit.set(partner, "spec.version", "20.0.1-3445")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://depot.gi.example/dsva.ovf", "depot.gi.example/dsva.ovf",
      "https://depot.gi.example/with space.ovf"})
  void ovfUrlMustBeHttpOrHttps(String url) {
    assertRejectedWith(api.create(Edit.set(partner, "spec.sva.ovfUrl", "'" + url + "'")), "spec.sva.ovfUrl",
        "should match");
  }

  @Test
  void anOvfPropertyHasALiteralValueOrAValueFromASecretNotBoth() {
    Edit.set(partner, "spec.sva.ovfProperties[1].value", "inline-secret");
    assertRejectedWith(api.create(partner), "spec.sva.ovfProperties[1]", "exactly one of value or valueFrom must be set");
  }

  @Test
  void anOvfPropertyNeedsAValueOrValueFrom() {
    Edit.remove(partner, "spec.sva.ovfProperties[0].value");
    assertRejectedWith(api.create(partner), "spec.sva.ovfProperties[0]", "exactly one of value or valueFrom must be set");
  }

  @Test
  void anEmptyLiteralValueIsAValue() {
    assertAccepted(api.create(Edit.set(partner, "spec.sva.ovfProperties[0].value", "''")));
  }

  @Test
  void valueFromNeedsASecretKeyRef() {
    Edit.set(partner, "spec.sva.ovfProperties[1].valueFrom", "{}");
    assertRejectedWith(api.create(partner), "spec.sva.ovfProperties[1].valueFrom.secretKeyRef", "");
  }

  @Test
  void ovfPropertyKeysAreUnique() {
    Edit.set(partner, "spec.sva.ovfProperties[1]", "{key: dsm.address, value: other.lab.local}");
    FieldError error = assertRejectedWith(api.create(partner), "spec.sva.ovfProperties[1]", "dsm.address");
    assertThat(error.type()).isEqualTo(FieldError.Type.DUPLICATE);
  }

  @Test
  void diskProvisioningIsThinThickOrNoneAndDefaultsToThin() {
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.diskProvisioning", "eagerZeroedThick")),
        "spec.sva.diskProvisioning", "supported values: \"none\", \"thick\", \"thin\"");
    ApiServer.Result result = api.create(Edit.remove(partner, "spec.sva.diskProvisioning"));
    assertAccepted(result);
    assertThat(Edit.get(result.object(), "spec.sva.diskProvisioning").asText()).isEqualTo("thin");
  }

  @Test
  void agentVmNamePrefixFitsEamsLimit() {
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.agentVmNamePrefix", "x".repeat(71))),
        "spec.sva.agentVmNamePrefix", "may not be more than 70");
    assertRejectedWith(api.create(Edit.set(partner, "spec.sva.agentVmNamePrefix", "dsva/prod")),
        "spec.sva.agentVmNamePrefix", "should match");
  }

  @Test
  void vibNameDefaultsToEpsecMux() {
    ApiServer.Result result = api.create(Edit.remove(partner, "spec.mux.vibName"));
    assertAccepted(result);
    assertThat(Edit.get(result.object(), "spec.mux.vibName").asText()).isEqualTo("epsec-mux");
  }

  @Test
  void theSolutionManagerIsReachedOverHttpsOnly() {
    assertRejectedWith(api.create(Edit.set(partner, "spec.solutionManager.url", "http://dsm.lab.local:4119")),
        "spec.solutionManager.url", "should match");
  }

  @Test
  void theTokenKeyDefaultsToToken() {
    ApiServer.Result result = api.create(partner);
    assertThat(Edit.get(result.object(), "spec.solutionManager.credentialsSecretRef.tokenKey").asText())
        .isEqualTo("token");
  }

  @Test
  void theSolutionManagerTrustFollowsTheSameRulesAsVCenters() {
    Edit.set(partner, "spec.solutionManager.tls.insecure", "true");
    assertRejectedWith(api.create(partner), "spec.solutionManager.tls", "cannot be combined with caBundle or thumbprint");
  }

  @Test
  void theCompatibilityMatrixNeedsAtLeastOneVersionEach() {
    Edit.set(partner, "spec.compatibility.esxi", "[]");
    assertRejectedWith(api.create(partner), "spec.compatibility.esxi", "should have at least 1 items");
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.x.1", "8.0.3.1", "8.0.*", "v8.0", "x"})
  void versionsAreExactOrEndInAWildcard(String version) {
    assertRejectedWith(api.create(Edit.set(partner, "spec.compatibility.esxi[1].version", "'" + version + "'")),
        "spec.compatibility.esxi[1].version", "should match");
  }

  @ParameterizedTest
  @ValueSource(strings = {"8", "8.x", "8.0", "8.0.x", "8.0.2"})
  void versionPatternsThatMatch(String version) {
    assertAccepted(api.create(Edit.set(partner, "spec.compatibility.vcenter[1].version", "'" + version + "'")));
  }

  @Test
  void aBuildRangeMustNotBeEmpty() {
    Edit.set(partner, "spec.compatibility.esxi[0].maxBuild", "19193899");
    assertRejectedWith(api.create(partner), "spec.compatibility.esxi[0]", "minBuild must not be greater than maxBuild");
    Edit.set(partner, "spec.compatibility.esxi[0].maxBuild", "19193900");
    assertAccepted(api.create(partner));
  }

  @Test
  void buildsAreNonNegativeIntegers() {
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.compatibility.esxi[1].minBuild", "-1")),
        "spec.compatibility.esxi[1].minBuild", "should be greater than or equal to 0");
    assertRejectedAlsoWith(api.create(Edit.set(partner, "spec.compatibility.esxi[1].minBuild", "'19193900'")),
        "spec.compatibility.esxi[1].minBuild", "must be of type integer");
  }

  private static final String EXACTLY_ONE = "set exactly one of insecure: true, certificate or certificateFrom";
  private static final String PEM = "\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"";
  private static final String FROM_SECRET = "{secretKeyRef: {name: depot-cert, key: tls.crt}}";

  @Test
  void downloadTlsPinsACertificateOrIsInsecureNotBoth() {
    assertAccepted(api.create(partner.deepCopy()));
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.downloadTls.insecure", "true")),
        "spec.sva.downloadTls", EXACTLY_ONE);
    assertAccepted(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls", "{insecure: true}")));
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls", "{}")),
        "spec.mux.downloadTls", EXACTLY_ONE);
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls", "{insecure: false}")),
        "spec.mux.downloadTls", EXACTLY_ONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{certificateFrom: " + FROM_SECRET + "}",
      "{certificateFrom: {configMapKeyRef: {name: depot-ca, key: ca.crt}}}",
      "{certificateFrom: " + FROM_SECRET + ", insecure: false}",
      "{certificate: " + PEM + "}", "{insecure: true}"})
  void downloadTlsAcceptsEachOfTheThreeForms(String tls) {
    assertAccepted(api.create(Edit.set(partner.deepCopy(), "spec.sva.downloadTls", tls)));
    assertAccepted(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls", tls)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{certificateFrom: " + FROM_SECRET + ", certificate: " + PEM + "}",
      "{certificateFrom: " + FROM_SECRET + ", insecure: true}",
      "{certificate: " + PEM + ", insecure: true}",
      "{certificateFrom: " + FROM_SECRET + ", certificate: " + PEM + ", insecure: true}"})
  void downloadTlsRejectsEveryCombination(String tls) {
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.downloadTls", tls)),
        "spec.sva.downloadTls", EXACTLY_ONE);
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls", tls)),
        "spec.mux.downloadTls", EXACTLY_ONE);
  }

  @Test
  void certificateFromNamesExactlyOneSecretOrConfigMapKey() {
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.downloadTls", "{certificateFrom: {}}")),
        "spec.sva.downloadTls.certificateFrom", "exactly one of secretKeyRef or configMapKeyRef must be set");
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.downloadTls",
        "{certificateFrom: {secretKeyRef: {name: a, key: k}, configMapKeyRef: {name: b, key: k}}}")),
        "spec.sva.downloadTls.certificateFrom", "exactly one of secretKeyRef or configMapKeyRef must be set");
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls",
        "{certificateFrom: {secretKeyRef: {name: depot-cert}}}")),
        "spec.mux.downloadTls.certificateFrom.secretKeyRef.key", "");
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls",
        "{certificateFrom: {configMapKeyRef: {name: Not_A_Name, key: ca.crt}}}")),
        "spec.mux.downloadTls.certificateFrom.configMapKeyRef.name", "should match");
  }

  @Test
  void aDownloadCertificateIsOnePemCertificate() {
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.downloadTls.certificate",
        "'AB:CD:EF'")), "spec.sva.downloadTls.certificate", "should match");
    assertAccepted(api.create(Edit.set(partner, "spec.mux.downloadTls.certificate",
        "\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\"")));
  }

  @Test
  void anInlineCertificateChainIsRefusedLikeAChainInCertificateFrom() {
    String chain = "\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n"
        + "-----BEGIN CERTIFICATE-----\\nMIIC\\n-----END CERTIFICATE-----\\n\"";
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.sva.downloadTls.certificate", chain)),
        "spec.sva.downloadTls.certificate", "must be exactly one PEM certificate, the download server's own");
    assertRejectedWith(api.create(Edit.set(partner.deepCopy(), "spec.mux.downloadTls", "{certificate: " + chain + "}")),
        "spec.mux.downloadTls.certificate", "not a CA chain");
  }
}
