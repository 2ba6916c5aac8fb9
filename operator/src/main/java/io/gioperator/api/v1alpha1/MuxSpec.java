package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * The Guest Introspection Mux (epsec-mux) VIB, installed on every host through the EAM agency.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class MuxSpec {

  @JsonPropertyDescription("HTTP(S) URL of the Mux VIB offline bundle (a depot .zip, not a bare .vib). vCenter "
      + "(EAM) downloads it.")
  @Required
  @Size(max = 2048)
  @Pattern(Patterns.HTTP_URL)
  private String vibUrl;

  @JsonPropertyDescription("Name of the VIB inside the bundle, used to read the installed version from each "
      + "host.")
  @Default("epsec-mux")
  @Size(min = 1, max = 128)
  @Pattern(Patterns.VIB_NAME)
  private String vibName = "epsec-mux";

  @JsonPropertyDescription("Version of the VIB in the bundle (e.g. 7.0.3). A host with another installed version "
      + "is updated.")
  @Required
  @Size(min = 1, max = 64)
  @Pattern(Patterns.RELEASE_VERSION)
  private String version;

  @JsonPropertyDescription("How vCenter (EAM) verifies the HTTPS server it downloads the VIB bundle from, when that "
      + "server's certificate is not issued by a CA vCenter trusts (VECS TRUSTED_ROOTS): pin its certificate or, "
      + "in labs, accept any. Unset: vCenter's trusted roots. Requires vCenter 8.0 Update 2 (8.0.2) or newer "
      + "(EAM API 8.2); on older vCenters it is not sent and the Compatible condition names it.")
  private DownloadTls downloadTls;

  public String getVibUrl() {
    return vibUrl;
  }

  public void setVibUrl(String vibUrl) {
    this.vibUrl = vibUrl;
  }

  public String getVibName() {
    return vibName;
  }

  public void setVibName(String vibName) {
    this.vibName = vibName;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public DownloadTls getDownloadTls() {
    return downloadTls;
  }

  public void setDownloadTls(DownloadTls downloadTls) {
    this.downloadTls = downloadTls;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof MuxSpec that
        && Objects.equals(vibUrl, that.vibUrl)
        && Objects.equals(vibName, that.vibName)
        && Objects.equals(version, that.version)
        && Objects.equals(downloadTls, that.downloadTls));
  }

  @Override
  public int hashCode() {
    return Objects.hash(vibUrl, vibName, version, downloadTls);
  }
}
