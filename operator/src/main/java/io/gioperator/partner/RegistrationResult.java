package io.gioperator.partner;

/** The registration and whether this call created it (201) or found it already there (200). */
public record RegistrationResult(SvaRegistration registration, boolean created) {
}
