package io.gioperator.vsphere.types;

import io.gioperator.vsphere.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** A page of RetrievePropertiesEx: the objects and, when more pages exist, the token for ContinueRetrievePropertiesEx. */
public record RetrieveResult(String token, List<ObjectContent> objects) {

    public static final RetrieveResult EMPTY = new RetrieveResult(null, List.of());

    /** A missing {@code returnval} means "no object matched": an empty result. */
    public static RetrieveResult from(XmlElement returnval) {
        if (returnval == null) {
            return EMPTY;
        }
        List<ObjectContent> objects = new ArrayList<>();
        for (XmlElement o : returnval.children("objects")) {
            objects.add(ObjectContent.from(o));
        }
        return new RetrieveResult(returnval.childText("token"), objects);
    }

    public boolean hasMore() {
        return token != null && !token.isBlank();
    }
}
