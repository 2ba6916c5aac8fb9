package io.gioperator.vsphere.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class SafeXmlReaderTest {

    private static XmlElement parse(String xml) {
        return SafeXmlReader.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void resolvesXsiTypeWhateverPrefixTheServerBound() {
        XmlElement root = parse("""
                <r xmlns:XMLSchema-instance="http://www.w3.org/2001/XMLSchema-instance" xmlns:x="urn:vim25">
                  <val XMLSchema-instance:type="x:HostSystemConnectionState">connected</val>
                  <other xmlns:q="http://www.w3.org/2001/XMLSchema-instance" q:type="xsd:string">a</other>
                  <fake xsi:type="NotAType" xmlns:xsi="urn:not-the-schema-instance">b</fake>
                </r>""");
        assertThat(root.child("val").xsiType()).isEqualTo("HostSystemConnectionState");
        assertThat(root.child("val").text()).isEqualTo("connected");
        assertThat(root.child("other").xsiType()).isEqualTo("string");
        assertThat(root.child("fake").xsiType()).as("a prefix named xsi bound elsewhere is not xsi").isNull();
    }

    @Test
    void keepsNamespacesAttributesAndOrder() {
        XmlElement root = parse("<a xmlns=\"urn:eam\"><b type=\"Agency\">x</b><c>1</c><b type=\"Agency\">y</b></a>");
        assertThat(root.namespace()).isEqualTo("urn:eam");
        assertThat(root.children()).extracting(XmlElement::name).containsExactly("b", "c", "b");
        assertThat(root.children("b")).extracting(e -> e.attribute("type") + ":" + e.text())
                .containsExactly("Agency:x", "Agency:y");
        assertThat(root.childInt("c")).isEqualTo(1);
    }

    @Test
    void predefinedEntitiesAndCdataAreText() {
        XmlElement root = parse("<a><d>Tom &amp; Jerry &lt;3 &#x41;</d><e><![CDATA[<raw>]]></e></a>");
        assertThat(root.childText("d")).isEqualTo("Tom & Jerry <3 A");
        assertThat(root.childText("e")).isEqualTo("<raw>");
    }

    @Test
    void refusesAnyDoctype() {
        assertThatThrownBy(() -> parse("<!DOCTYPE a [<!ENTITY x \"boom\">]><a>&x;</a>"))
                .isInstanceOf(XmlFormatException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> parse("<!DOCTYPE a><a/>")).isInstanceOf(XmlFormatException.class);
    }

    @Test
    void neverFetchesOrExpandsAnExternalEntity() throws Exception {
        try (MockWebServer entityHost = new MockWebServer()) {
            entityHost.enqueue(new MockResponse.Builder().body("LEAKED").build());
            entityHost.start();
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + entityHost.url("/secret")
                    + "\">]><r><v>&xxe;</v></r>";
            assertThatThrownBy(() -> parse(xxe)).isInstanceOf(XmlFormatException.class)
                    .hasMessageNotContaining("LEAKED");
            String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \""
                    + entityHost.url("/dtd") + "\"> %p;]><r/>";
            assertThatThrownBy(() -> parse(parameterEntity)).isInstanceOf(XmlFormatException.class);
            assertThat(entityHost.getRequestCount()).as("the entity URL was never fetched").isZero();
        }
    }

    @Test
    void truncatedOrMalformedXmlIsRefused() {
        assertThatThrownBy(() -> parse("<a><b>text</b>")).isInstanceOf(XmlFormatException.class);
        assertThatThrownBy(() -> parse("<a><b></a>")).isInstanceOf(XmlFormatException.class);
        assertThatThrownBy(() -> parse("")).isInstanceOf(XmlFormatException.class);
        assertThatThrownBy(() -> parse("not xml")).isInstanceOf(XmlFormatException.class);
    }

    @Test
    void boundsNestingDepth() {
        String deep = "<a>".repeat(500) + "</a>".repeat(500);
        assertThatThrownBy(() -> parse(deep)).isInstanceOf(XmlFormatException.class).hasMessageContaining("deeper");
    }

    @Test
    void typedAccessorsRejectGarbage() {
        XmlElement root = parse("<a><n>x1</n><b>maybe</b><t>yesterday</t><ok>2024-05-02T09:14:03.123456Z</ok></a>");
        assertThatThrownBy(() -> root.childInt("n")).isInstanceOf(XmlFormatException.class);
        assertThatThrownBy(() -> root.childBoolean("b")).isInstanceOf(XmlFormatException.class);
        assertThatThrownBy(() -> root.childDateTime("t")).isInstanceOf(XmlFormatException.class);
        assertThat(root.childDateTime("ok")).hasToString("2024-05-02T09:14:03.123456Z");
        assertThat(root.childInt("absent")).isNull();
    }
}
