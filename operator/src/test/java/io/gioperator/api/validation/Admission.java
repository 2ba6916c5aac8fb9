package io.gioperator.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on what the API server would answer. */
public final class Admission {

  private Admission() {}

  /** Asserts the object was refused with exactly one error, at the path, whose message contains the text. */
  public static FieldError assertRejectedWith(ApiServer.Result result, String path, String messagePart) {
    assertThat(result.errors()).as("errors").hasSize(1);
    FieldError error = result.errors().get(0);
    assertThat(error.path()).as("path of " + error).isEqualTo(path);
    assertThat(error.message()).as("message of " + error).contains(messagePart);
    return error;
  }

  /** Asserts the object was refused with (at least) an error at the path whose message contains the text. */
  public static void assertRejectedAlsoWith(ApiServer.Result result, String path, String messagePart) {
    assertThat(result.errors()).as("errors").anySatisfy(error -> {
      assertThat(error.path()).isEqualTo(path);
      assertThat(error.message()).contains(messagePart);
    });
  }

  public static void assertAccepted(ApiServer.Result result) {
    assertThat(result.errors()).as("errors").isEqualTo(List.of());
  }
}
