package io.gioperator.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Default;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Size;
import java.util.Objects;

/**
 * A Secret, in the VCenter's namespace, with the user name and password of a vCenter account.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class VCenterCredentials extends CredentialsSecretRef {

  @JsonPropertyDescription("Key of the user name (e.g. administrator@vsphere.local) in the Secret.")
  @Default("username")
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DATA_KEY)
  private String usernameKey = "username";

  @JsonPropertyDescription("Key of the password in the Secret.")
  @Default("password")
  @Size(min = 1, max = 253)
  @Pattern(Patterns.DATA_KEY)
  private String passwordKey = "password";

  public String getUsernameKey() {
    return usernameKey;
  }

  public void setUsernameKey(String usernameKey) {
    this.usernameKey = usernameKey;
  }

  public String getPasswordKey() {
    return passwordKey;
  }

  public void setPasswordKey(String passwordKey) {
    this.passwordKey = passwordKey;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof VCenterCredentials that
        && super.equals(that)
        && Objects.equals(usernameKey, that.usernameKey)
        && Objects.equals(passwordKey, that.passwordKey));
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hash(usernameKey, passwordKey);
  }
}
