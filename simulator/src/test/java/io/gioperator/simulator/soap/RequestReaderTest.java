package io.gioperator.simulator.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
    private static final Schema SCHEMA = new Schema()
            .type("Point", null, Schema.one("x", "int"), Schema.opt("label", "string"), Schema.many("tag", "string"))
            .abstractType("Shape", null)
            .type("Circle", "Shape", Schema.one("r", "int"))
            .method("Draw", Schema.one("at", "Point"), Schema.opt("shape", "Shape"), Schema.many("ref", "MoRef"));
    private static final RequestReader READER = new RequestReader(SCHEMA, "urn:t");

    private static byte[] env(String body) {
        return ("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><e:Header/><e:Body>" + body
                + "</e:Body></e:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    private static String fault(String body) {
        try {
            READER.read(env(body));
        } catch (SoapFault f) {
            assertThat(f.faultType()).isEqualTo("InvalidRequest");
            return f.getMessage();
        }
        throw new AssertionError("no fault for " + body);
    }

    @Test
    void readsAValidCallWithSubtypesAndArrays() throws SoapFault {
        RequestReader.Parsed p = READER.read(env("<Draw xmlns=\"urn:t\"><_this type=\"Canvas\">c1</_this>"
                + "<at><x>3</x><tag>a</tag><tag>b</tag></at><shape xsi:type=\"Circle\"><r>2</r></shape>"
                + "<ref type=\"A\">1</ref><ref type=\"B\">2</ref></Draw>"));
        assertThat(p.method()).isEqualTo("Draw");
        assertThat(p.target()).isEqualTo(new V.Ref("Canvas", "c1"));
        assertThat(p.params().obj("at").strs("tag")).containsExactly("a", "b");
        assertThat(p.params().obj("shape").type()).isEqualTo("Circle");
        assertThat(p.params().obj("shape").typed()).isTrue();
        assertThat(p.params().refs("ref")).hasSize(2);
    }

    @Test
    void rejectsWhatVcenterRejects() {
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this><at><label>l</label><x>1</x></at></Draw>"))
                .startsWith("Required property x is missing from data object of type Point");
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this><at><x>1</x><tag>t</tag>"
                + "<label>l</label></at></Draw>")).startsWith("Unexpected element tag \"label\" seen");
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this><at><x>one</x></at></Draw>"))
                .startsWith("Invalid integer value \"one\"");
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this><at><x>1</x><x>2</x></at></Draw>"))
                .startsWith("Unexpected element tag \"x\" seen");
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this><at><x>1</x></at><shape><r>1</r>"
                + "</shape></Draw>")).contains("abstract type \"Shape\"");
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this><at xmlns=\"urn:other\"><x>1</x></at>"
                + "</Draw>")).startsWith("Unexpected element tag \"{urn:other}at\" seen");
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this><at><x>1</x></at>oops</Draw>"))
                .startsWith("Unexpected text");
        assertThat(fault("<Paint xmlns=\"urn:t\"/>")).startsWith("Unable to resolve WSDL method name Paint");
        assertThat(fault("<Draw xmlns=\"urn:t\"><_this type=\"C\">c</_this></Draw>"))
                .startsWith("Required parameter at is missing").contains("while parsing SOAP body");
    }

    @Test
    void builderOrdersFieldsBySchema() {
        V.Obj o = SCHEMA.build("Point").strs("tag", java.util.List.of("t")).str("label", "l").num("x", 1L).done();
        assertThat(o.fields()).extracting(V.Field::name).containsExactly("x", "label", "tag");
        assertThat(((V.Text) o.get("x")).xsiType()).isEqualTo("xsd:int");
        assertThatThrownBy(() -> SCHEMA.build("Point").str("y", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void apiVersions() {
        assertThat(ApiVersions.vimAccepts("7.0.3.0", "8.0.2.0")).isTrue();
        assertThat(ApiVersions.vimAccepts("8.0.3.0", "8.0.2.0")).isFalse();
        assertThat(ApiVersions.vimAccepts("6.7.3", "8.0.2.0")).isFalse();
        assertThat(ApiVersions.eamApiVersion("8.0.2")).isEqualTo("8.2");
        assertThat(ApiVersions.eamAccepts("", "8.2")).isTrue();
        assertThat(ApiVersions.eamAccepts("8.3", "8.2")).isFalse();
        assertThat(ApiVersions.eamAccepts("2_5", "8.2")).isTrue();
        assertThat(ApiVersions.compare("8.0.10", "8.0.9")).isPositive();
    }
}
