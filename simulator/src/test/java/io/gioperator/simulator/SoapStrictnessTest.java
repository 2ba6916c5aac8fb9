package io.gioperator.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.gioperator.simulator.support.EamApi;
import io.gioperator.simulator.support.Ref;
import io.gioperator.simulator.support.SoapClient;
import io.gioperator.simulator.support.VimApi;
import io.gioperator.simulator.support.Xml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Wire mistakes a client can make, and the faults vCenter answers them with. */
class SoapStrictnessTest {
    static Simulator sim;
    static SoapClient soap;

    @BeforeAll
    static void start() {
        sim = Simulator.start(SimulatorConfig.builder().build());
        soap = new SoapClient(sim);
        soap.login(sim.username(), sim.password());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static Xml retrieve(Xml propSet, Xml objectSet) {
        return Xml.el("RetrievePropertiesEx").add(VimApi.PC.self(), Xml.el("specSet").add(propSet, objectSet),
                Xml.el("options"));
    }

    private static final Xml ROOT = Xml.el("objectSet").add(Xml.ref("obj", "Folder", "group-d1"));

    @Test
    void wrongNamespaceIsRejected() {
        SoapClient.Response r = soap.post(java.net.URI.create(sim.vcenterUrl()), SoapClient.VIM_ACTION, null,
                Xml.envelope(Xml.el("RetrieveServiceContent").ns("urn:vim2").add(VimApi.SI.self())));
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.faultType()).isEqualTo("InvalidRequest");
        assertThat(r.faultDetail().name).isEqualTo("InvalidRequestFault");
        assertThat(r.faultString()).contains("{urn:vim2}RetrieveServiceContent");
    }

    @Test
    void unknownElementIsNamed() {
        SoapClient.Response r = soap.vim(retrieve(Xml.el("propSet").add(Xml.el("type", "Folder"),
                Xml.el("pathSet", "name"), Xml.el("colour", "red")), ROOT));
        assertThat(r.faultType()).isEqualTo("InvalidRequest");
        assertThat(r.faultString()).startsWith("Unexpected element tag \"colour\" seen")
                .contains("while parsing serialized DataObject of type PropertySpec")
                .contains("while parsing call information for method RetrievePropertiesEx");
    }

    @Test
    void missingRequiredFieldIsNamed() {
        SoapClient.Response r = soap.vim(retrieve(Xml.el("propSet").add(Xml.el("pathSet", "name")), ROOT));
        assertThat(r.faultType()).isEqualTo("InvalidRequest");
        assertThat(r.faultString()).startsWith("Required property type is missing from data object of type "
                + "PropertySpec");
        SoapClient.Response noParam = soap.vim(Xml.el("FindByInventoryPath")
                .add(Xml.ref("_this", "SearchIndex", "SearchIndex")));
        assertThat(noParam.faultString()).startsWith("Required parameter inventoryPath is missing");
        SoapClient.Response noOptions = soap.vim(Xml.el("RetrievePropertiesEx").add(VimApi.PC.self(),
                Xml.el("specSet").add(Xml.el("propSet").add(Xml.el("type", "Folder")), ROOT)));
        assertThat(noOptions.faultString()).startsWith("Required parameter options is missing");
    }

    @Test
    void fieldsOutOfWsdlOrderAreRejected() {
        SoapClient.Response late = soap.vim(retrieve(Xml.el("propSet").add(Xml.el("type", "Folder"),
                Xml.el("pathSet", "name"), Xml.el("all", false)), ROOT));
        assertThat(late.faultType()).isEqualTo("InvalidRequest");
        assertThat(late.faultString()).startsWith("Unexpected element tag \"all\" seen");
        SoapClient.Response early = soap.vim(retrieve(Xml.el("propSet").add(Xml.el("pathSet", "name"),
                Xml.el("type", "Folder")), ROOT));
        assertThat(early.faultString()).startsWith("Required property type is missing from data object of type "
                + "PropertySpec");
        SoapClient.Response params = soap.vim(Xml.el("Login").add(Xml.ref("_this", "SessionManager",
                "SessionManager"), Xml.el("password", "x"), Xml.el("userName", "y")));
        assertThat(params.faultString()).startsWith("Required parameter userName is missing");
    }

    @Test
    void malformedPrimitivesAndMorefsAreRejected() {
        SoapClient.Response r = soap.vim(Xml.el("CreateContainerView").add(Xml.ref("_this", "ViewManager",
                "ViewManager"), Xml.ref("container", "Folder", "group-d1"), Xml.el("recursive", "yes")));
        assertThat(r.faultString()).startsWith("Invalid boolean value \"yes\"");
        SoapClient.Response noType = soap.vim(Xml.el("CurrentTime").add(Xml.el("_this", "ServiceInstance")));
        assertThat(noType.faultString()).startsWith("Required attribute \"type\" is missing");
    }

    @Test
    void unsupportedSoapActionVersionsAreRejected() {
        byte[] body = Xml.envelope(Xml.el("RetrieveServiceContent").ns("urn:vim25").add(VimApi.SI.self()));
        assertThat(soap.rawVim("urn:vim25/9.0.0.0", body).faultString())
                .startsWith("Unsupported version URI \"urn:vim25/9.0.0.0\"");
        assertThat(soap.rawVim("urn:vim25/6.7.3", body).faultType()).isEqualTo("InvalidRequest");
        assertThat(soap.rawVim(null, body).faultType()).isEqualTo("InvalidRequest");
        assertThat(soap.rawVim("urn:vim25/8.0.3.0", body).faultType()).as("newer than this vCenter")
                .isEqualTo("InvalidRequest");
        assertThat(soap.rawVim("\"urn:vim25/7.0.3.0\"", body).status()).isEqualTo(200);
        byte[] eamBody = Xml.envelope(Xml.el("QueryAgency").ns("urn:eam").add(EamApi.MANAGER.self()));
        assertThat(soap.rawEam("urn:eam/9.0", eamBody).faultType()).isEqualTo("InvalidRequest");
        assertThat(soap.rawEam("urn:eam/", eamBody).status()).isEqualTo(200);
        assertThat(soap.rawEam("urn:vim25/8.0.2.0", eamBody).faultType()).isEqualTo("InvalidRequest");
    }

    @Test
    void callsWithoutSessionAreNotAuthenticated() {
        SoapClient anonymous = new SoapClient(sim);
        SoapClient.Response r = anonymous.vim(retrieve(Xml.el("propSet").add(Xml.el("type", "Folder")), ROOT));
        assertThat(r.faultType()).isEqualTo("NotAuthenticated");
        assertThat(r.faultDetail().textAt("object")).isEqualTo("propertyCollector");
        assertThat(r.faultString()).isEqualTo("The session is not authenticated.");
        anonymous.cookie("\"0123456789abcdef\"");
        assertThat(anonymous.vim(Xml.el("CurrentTime").add(VimApi.SI.self())).faultType())
                .isEqualTo("NotAuthenticated");
    }

    @Test
    void doctypeAndSoap12AreRefused() {
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + "<RetrieveServiceContent xmlns=\"urn:vim25\"><_this type=\"ServiceInstance\">&e;</_this>"
                + "</RetrieveServiceContent></soapenv:Body></soapenv:Envelope>";
        SoapClient.Response r = soap.rawVim(SoapClient.VIM_ACTION, doctype.getBytes(StandardCharsets.UTF_8));
        assertThat(r.faultType()).isEqualTo("InvalidRequest");
        assertThat(r.faultString()).contains("DOCTYPE");
        SoapClient.Response soap12 = soap.rawVim(SoapClient.VIM_ACTION, Xml.envelope(Xml.el("RetrieveServiceContent")
                .ns("urn:vim25").add(VimApi.SI.self()), "http://www.w3.org/2003/05/soap-envelope"));
        assertThat(soap12.faultType()).isEqualTo("InvalidRequest");
    }

    @Test
    void unknownMethodsReceiversAndObjectsFault() {
        assertThat(soap.vim(Xml.el("ReconfigVM_Task").add(Xml.ref("_this", "VirtualMachine", "vm-1")))
                .faultString()).startsWith("Unable to resolve WSDL method name ReconfigVM_Task");
        SoapClient.Response wrongReceiver = soap.vim(Xml.el("PowerOnVM_Task").add(Xml.ref("_this", "Folder",
                "group-d1")));
        assertThat(wrongReceiver.faultType()).isEqualTo("MethodNotFound");
        assertThat(wrongReceiver.faultDetail().textAt("method")).isEqualTo("PowerOnVM_Task");
        SoapClient.Response missing = soap.vim(Xml.el("PowerOnVM_Task").add(Xml.ref("_this", "VirtualMachine",
                "vm-424242")));
        assertThat(missing.faultType()).isEqualTo("ManagedObjectNotFound");
        assertThat(missing.faultString()).contains("vim.VirtualMachine:vm-424242");
        SoapClient.Response typeMismatch = soap.vim(Xml.el("PowerOnVM_Task").add(new Ref("VirtualMachine",
                "group-d1").self()));
        assertThat(typeMismatch.faultType()).isEqualTo("ManagedObjectNotFound");
    }

    @Test
    void eamPayloadsAreCheckedToo() {
        SoapClient.Response abstractScope = soap.eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                Xml.el("agencyConfigInfo").add(Xml.el("scope").add(Xml.ref("computeResource",
                        "ClusterComputeResource", "domain-c1")), Xml.el("agencyName", "x")),
                Xml.el("initialGoalState", "enabled")));
        assertThat(abstractScope.faultType()).isEqualTo("InvalidRequest");
        assertThat(abstractScope.faultString()).contains("abstract type \"AgencyScope\"");
        SoapClient.Response order = soap.eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                Xml.el("agencyConfigInfo").add(Xml.el("agencyName", "x"), Xml.el("agentName", "y")),
                Xml.el("initialGoalState", "enabled")));
        assertThat(order.faultString()).startsWith("Unexpected element tag \"agentName\" seen")
                .contains("AgencyConfigInfo");
        SoapClient.Response badSubtype = soap.eam(Xml.el("CreateAgency").add(EamApi.MANAGER.self(),
                Xml.el("agencyConfigInfo").add(Xml.el("scope").type("AgentConfigInfo")),
                Xml.el("initialGoalState", "enabled")));
        assertThat(badSubtype.faultString()).contains("not a subtype");
        SoapClient.Response vimOnEam = soap.eam(Xml.el("RetrieveServiceContent").add(VimApi.SI.self()));
        assertThat(vimOnEam.faultString()).startsWith("Unable to resolve WSDL method name RetrieveServiceContent");
    }
}
