package io.gioperator.vsphere.session;

/**
 * The session was retired because its vCenter's credentials or TLS trust changed while a call was using it. Not a
 * fault of the vCenter: the caller should connect again through the pool, which hands out the new session.
 */
public final class SessionReplacedException extends SessionClosedException {

    public SessionReplacedException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when {@code e} or one of its causes is a replaced session. */
    public static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SessionReplacedException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String outcome() {
        return "replaced";
    }
}
