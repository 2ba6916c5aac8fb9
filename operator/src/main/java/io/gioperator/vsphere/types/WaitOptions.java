package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlWriter;

/** vim25 WaitOptions for WaitForUpdatesEx. WSDL order: maxWaitSeconds, maxObjectUpdates. */
public record WaitOptions(Integer maxWaitSeconds, Integer maxObjectUpdates) {

    public void write(XmlWriter w, String name) {
        w.start(name).optional("maxWaitSeconds", maxWaitSeconds).optional("maxObjectUpdates", maxObjectUpdates).end();
    }
}
