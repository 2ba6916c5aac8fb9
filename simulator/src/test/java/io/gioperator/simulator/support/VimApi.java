package io.gioperator.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** vim25 calls the tests make, built as real SOAP requests. */
public final class VimApi {
    public static final Ref SI = new Ref("ServiceInstance", "ServiceInstance");
    public static final Ref PC = new Ref("PropertyCollector", "propertyCollector");
    private final SoapClient soap;

    public VimApi(SoapClient soap) {
        this.soap = soap;
    }

    public SoapClient soap() {
        return soap;
    }

    /** The XxxResponse element; fails the test on a fault. */
    public XmlNode ok(Xml call) {
        SoapClient.Response r = soap.vim(call);
        assertThat(r.status()).as("HTTP status of %s: %s", call, r.text()).isEqualTo(200);
        return r.payload();
    }

    public XmlNode serviceContent() {
        return ok(Xml.el("RetrieveServiceContent").add(SI.self())).child("returnval");
    }

    public Ref find(String path) {
        return Ref.of(ok(Xml.el("FindByInventoryPath").add(Xml.ref("_this", "SearchIndex", "SearchIndex"),
                Xml.el("inventoryPath", path))).child("returnval"));
    }

    public static Xml propSpec(String type, String... paths) {
        Xml ps = Xml.el("propSet").add(Xml.el("type", type));
        for (String p : paths) {
            ps.add(Xml.el("pathSet", p));
        }
        return ps;
    }

    public static Xml objectSpec(Ref obj) {
        return Xml.el("objectSet").add(obj.as("obj"));
    }

    /** path -> val element of one object's properties. */
    public Map<String, XmlNode> props(Ref obj, String... paths) {
        XmlNode resp = ok(Xml.el("RetrievePropertiesEx").add(PC.self(), Xml.el("specSet")
                .add(propSpec(obj.type(), paths), objectSpec(obj)), Xml.el("options")));
        Map<String, XmlNode> out = new LinkedHashMap<>();
        XmlNode rv = resp.child("returnval");
        if (rv == null) {
            return out;
        }
        for (XmlNode ps : rv.child("objects").all("propSet")) {
            out.put(ps.textAt("name"), ps.child("val"));
        }
        return out;
    }

    public String prop(Ref obj, String path) {
        XmlNode v = props(obj, path).get(path);
        return v == null ? null : v.text();
    }

    public List<Ref> refs(Ref obj, String path) {
        XmlNode v = props(obj, path).get(path);
        List<Ref> out = new ArrayList<>();
        if (v != null) {
            v.all("ManagedObjectReference").forEach(n -> out.add(Ref.of(n)));
        }
        return out;
    }

    public Ref containerView(Ref container, boolean recursive, String... types) {
        Xml call = Xml.el("CreateContainerView").add(Xml.ref("_this", "ViewManager", "ViewManager"),
                container.as("container"));
        for (String t : types) {
            call.add(Xml.el("type", t));
        }
        call.add(Xml.el("recursive", recursive));
        return Ref.of(ok(call).child("returnval"));
    }

    public Ref task(String method, Ref target, Xml... params) {
        return Ref.of(ok(Xml.el(method).add(target.self()).add(params)).child("returnval"));
    }

    /** Polls Task.info until success or error; returns the TaskInfo element. */
    public XmlNode waitTask(Ref task) {
        return Await.value("task " + task.value() + " to finish", () -> props(task, "info").get("info"),
                info -> info != null && List.of("success", "error").contains(info.textAt("state")));
    }
}
