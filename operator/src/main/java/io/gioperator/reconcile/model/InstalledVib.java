package io.gioperator.reconcile.model;

/** A VIB EAM reports as installed on an agent's host ({@code runtime.installedVibs}). */
public record InstalledVib(String name, String version) {

  public InstalledVib {
    name = Values.text(name);
    version = Values.text(version);
  }
}
