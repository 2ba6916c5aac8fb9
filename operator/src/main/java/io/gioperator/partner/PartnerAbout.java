package io.gioperator.partner;

/** GET /api/v1/about: the partner product and the EPSec library version it ships. */
public record PartnerAbout(String vendor, String product, String productVersion, String epsecLibraryVersion,
                           String apiVersion) {
}
