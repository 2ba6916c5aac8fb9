package io.gioperator.vsphere.types.eam;

import io.gioperator.vsphere.xml.XmlElement;
import java.time.Instant;

/** EAM VibVibInfo: a VIB EAM installed on the agent's host. */
public record VibInfo(String id, String name, String version, String vendor, String summary, Instant releaseDate) {

    public static VibInfo from(XmlElement e) {
        return new VibInfo(e.childText("id"), e.childText("name"), e.childText("version"), e.childText("vendor"),
                e.childText("summary"), e.childDateTime("releaseDate"));
    }
}
