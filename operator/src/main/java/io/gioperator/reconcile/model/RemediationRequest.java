package io.gioperator.reconcile.model;

import java.util.Objects;

/** A one-shot request from the spec; runs at most once per {@code id}. */
public record RemediationRequest(String id, RemediationAction action, String hostName) {

  public RemediationRequest {
    id = Objects.requireNonNull(Values.text(id), "id");
    Objects.requireNonNull(action, "action");
    hostName = Values.text(hostName);
  }
}
