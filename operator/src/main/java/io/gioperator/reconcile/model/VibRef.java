package io.gioperator.reconcile.model;

/** A VIB by name and exact version, e.g. {@code epsec-mux} {@code 7.0.0-23218954}. */
public record VibRef(String name, String version) {

  public VibRef {
    name = Values.text(name);
    version = Values.text(version);
  }

  @Override
  public String toString() {
    return name + " " + version;
  }
}
