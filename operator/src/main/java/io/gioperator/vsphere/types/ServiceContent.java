package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import io.gioperator.vsphere.xml.XmlFormatException;

/** vim25 ServiceContent: the entry points this client uses, read by name (order does not matter when reading). */
public record ServiceContent(MoRef rootFolder, MoRef propertyCollector, MoRef viewManager, MoRef sessionManager,
                             MoRef searchIndex, AboutInfo about) {

    public static ServiceContent from(XmlElement e) {
        XmlElement about = e.child("about");
        if (about == null) {
            throw new XmlFormatException("ServiceContent without <about>");
        }
        return new ServiceContent(required(e, "rootFolder"), required(e, "propertyCollector"),
                MoRef.child(e, "viewManager"), required(e, "sessionManager"), MoRef.child(e, "searchIndex"),
                AboutInfo.from(about));
    }

    private static MoRef required(XmlElement e, String name) {
        MoRef ref = MoRef.child(e, name);
        if (ref == null) {
            throw new XmlFormatException("ServiceContent without <" + name + ">");
        }
        return ref;
    }
}
