package io.gioperator.partner;

/** HTTP 404: the registration does not exist (any more). */
public class PartnerNotFoundException extends PartnerException {

    public PartnerNotFoundException(String errorCode, String message) {
        super(404, errorCode, message);
    }
}
