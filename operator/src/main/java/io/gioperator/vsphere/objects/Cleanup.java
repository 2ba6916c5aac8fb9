package io.gioperator.vsphere.objects;

import io.gioperator.vsphere.soap.VSphereException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Best-effort cleanup calls (DestroyView, DestroyPropertyFilter...) that must not hide the real outcome. */
final class Cleanup {

    private static final Logger LOG = LoggerFactory.getLogger(Cleanup.class);

    private Cleanup() {
    }

    static void quietly(String what, Runnable call) {
        try {
            call.run();
        } catch (VSphereException e) {
            LOG.debug("{} failed (ignored): {}", what, e.getMessage());
        }
    }
}
