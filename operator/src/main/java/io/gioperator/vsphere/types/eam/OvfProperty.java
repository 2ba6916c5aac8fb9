package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlWriter;

/** EAM AgentOvfEnvironmentInfoOvfProperty: one OVF property value for the agent VM. */
public record OvfProperty(String key, String value) {

    public static OvfProperty from(XmlElement e) {
        return new OvfProperty(e.childText("key"), e.childText("value"));
    }

    public void write(XmlWriter w, String name) {
        w.start(name).element("key", key).element("value", value).end();
    }
}
