package io.gioperator.partner;

/** HTTP 401: the bearer token is missing, wrong or expired. Not transient: fix the secret. */
public class PartnerUnauthorizedException extends PartnerException {

    public PartnerUnauthorizedException(String errorCode, String message) {
        super(401, errorCode, message);
    }
}
