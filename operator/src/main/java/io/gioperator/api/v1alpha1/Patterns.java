package io.gioperator.api.v1alpha1;

/**
 * Regular expressions the CRD schemas validate with ({@code pattern}). The API server evaluates them with Go's RE2,
 * so they use only syntax RE2 and java.util.regex share, and are anchored.
 */
public final class Patterns {

  /** RFC 1123 subdomain: names of Secrets, ConfigMaps and custom resources. */
  public static final String DNS_SUBDOMAIN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  /** RFC 1123 label: lower-case letters, digits and dashes. */
  public static final String DNS_LABEL = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

  /** Keys of Secret and ConfigMap data. */
  public static final String DATA_KEY = "^[-._a-zA-Z0-9]+$";

  /** A SHA-256 certificate fingerprint: 32 colon-separated hex pairs. */
  public static final String SHA256_THUMBPRINT = "^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$";

  /** An https URL with a host (name, IPv4 or bracketed IPv6), an optional port and no path, query or fragment. */
  public static final String HTTPS_BASE_URL =
      "^https://([A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*"
          + "|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?/?$";

  /** An https URL with a host; path and query allowed, no white space. */
  public static final String HTTPS_URL = "^https://[^\\s/?#@]+(/[^\\s]*)?$";

  /** One PEM-encoded X.509 certificate (surrounding whitespace allowed). */
  public static final String PEM_CERTIFICATE =
      "^\\s*-----BEGIN CERTIFICATE-----[\\s\\S]+-----END CERTIFICATE-----\\s*$";

  /** An http or https URL with a host; path and query allowed, no white space. */
  public static final String HTTP_URL = "^https?://[^\\s/?#@]+(/[^\\s]*)?$";

  /** Inventory path of a cluster or of something below it: /Datacenter/host/[folders/]Cluster[/...]. */
  public static final String CLUSTER_PATH = "^(/[^/]+)+/host(/[^/]+)+$";

  /** Inventory path of a VM folder: /Datacenter/vm[/folders]. */
  public static final String VM_FOLDER_PATH = "^(/[^/]+)+/vm(/[^/]+)*$";

  /** A product release version: 20.0.1, 7.0.3-0.0.19193900, 1.2.3+build4. */
  public static final String RELEASE_VERSION = "^[0-9A-Za-z]([0-9A-Za-z.+_-]*[0-9A-Za-z])?$";

  /** A version to match: exact (7.0.3) or with a trailing wildcard (8.0.x, 8.x). */
  public static final String VERSION_MATCH = "^[0-9]+((\\.[0-9]+){0,2}|(\\.[0-9]+)?\\.x)$";

  /** An OVF property key as OVF descriptors write them (e.g. dsm.address, vami.ip0.VM_1). */
  public static final String OVF_PROPERTY_KEY = "^[A-Za-z0-9_]([A-Za-z0-9_.:-]*[A-Za-z0-9_])?$";

  /** A VIB name (e.g. epsec-mux). */
  public static final String VIB_NAME = "^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$";

  /** A prefix for VM names: printable, no slashes, backslashes or percent signs (vCenter escapes those). */
  public static final String VM_NAME = "^[^/\\\\%\\s]([^/\\\\%]*[^/\\\\%\\s])?$";

  /** An ESXi host name as vCenter shows it: a DNS name or an IP address. */
  public static final String HOST_NAME = "^[A-Za-z0-9]([-A-Za-z0-9.:]*[A-Za-z0-9])?$";

  /** A condition type, as metav1.Condition allows it (optionally prefixed by a DNS subdomain and a slash). */
  public static final String CONDITION_TYPE =
      "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$";

  /** A condition reason, as metav1.Condition allows it: CamelCase word. */
  public static final String CONDITION_REASON = "^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$";

  private Patterns() {}
}
