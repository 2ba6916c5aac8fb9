package io.gioperator.simulator.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/partner-api.openapi.yaml and the simulator's routes describe the same operations. */
class OpenApiContractTest {
    @Test
    void everyDocumentedOperationIsServedUnderItsOperationId() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../docs/partner-api.openapi.yaml")
                .toFile());
        List<String> ops = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
            if (Set.of("get", "post", "delete", "put", "patch").contains(m.getKey())) {
                String concrete = path.getKey().replace("{id}", "reg-1");
                assertThat(PartnerHandler.operation(m.getKey().toUpperCase(), concrete))
                        .as("%s %s", m.getKey(), path.getKey()).isEqualTo(m.getValue().get("operationId").asText());
                ops.add(m.getValue().get("operationId").asText());
            }
        }));
        assertThat(ops).containsExactlyInAnyOrder("about", "listSvas", "registerSva", "getSva", "deleteSva");
        assertThat(doc.at("/components/schemas/RegistrationRequest/required")).hasSize(9);
    }
}
