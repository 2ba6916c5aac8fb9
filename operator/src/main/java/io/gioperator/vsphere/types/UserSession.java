package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import java.time.Instant;

/** vim25 UserSession (a subset) as returned by Login. The key identifies the session: do not log it. */
public record UserSession(String key, String userName, String fullName, Instant loginTime) {

    public static UserSession from(XmlElement e) {
        return new UserSession(e.childText("key"), e.childText("userName"), e.childText("fullName"),
                e.childDateTime("loginTime"));
    }

    @Override
    public String toString() {
        return "UserSession[userName=" + userName + ", loginTime=" + loginTime + "]";
    }
}
