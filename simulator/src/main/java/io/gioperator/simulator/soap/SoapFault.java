package io.gioperator.simulator.soap;

import java.util.List;

/**
 * A SOAP fault as vCenter and EAM return it: {@code faultcode} ServerFaultCode, a human {@code faultstring} and a
 * detail element {@code <TypeFault xsi:type="Type">fields</TypeFault>}. Also usable as a task's
 * LocalizedMethodFault.
 */
public final class SoapFault extends Exception {
    private static final long serialVersionUID = 1L;

    private final String faultType;
    private final List<V.Field> fields;

    public SoapFault(String faultType, String message, List<V.Field> fields) {
        super(message, null, false, false);
        this.faultType = faultType;
        this.fields = List.copyOf(fields);
    }

    public SoapFault(String faultType, String message) {
        this(faultType, message, List.of());
    }

    public String faultType() {
        return faultType;
    }

    public List<V.Field> fields() {
        return fields;
    }

    /** The fault object itself (MethodFault subtype), typed so that it carries xsi:type. */
    public V.Obj faultObject() {
        return new V.Obj(faultType, fields, true);
    }

    /** The LocalizedMethodFault wrapper used in TaskInfo.error and MissingProperty.fault. */
    public V.Obj localized() {
        return new V.Obj("LocalizedMethodFault",
                List.of(new V.Field("fault", faultObject()), new V.Field("localizedMessage", new V.Text(null,
                        getMessage()))), false);
    }
}
