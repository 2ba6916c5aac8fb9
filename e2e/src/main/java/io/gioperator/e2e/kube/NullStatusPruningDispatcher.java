package io.gioperator.e2e.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.Map;

/**
 * fabric8's CRUD dispatcher, with one difference that makes it behave like a real API server: a stored object
 * never keeps {@code "status": null}. The mock stores that null after a patch of the main resource of a kind with
 * a status subresource (it copies the missing status as null), and a later JSON patch of {@code /status} then
 * fails inside the mock without an answer. The real API server prunes nulls of structural schemas on write.
 */
final class NullStatusPruningDispatcher extends KubernetesCrudDispatcher {

  private static final ObjectMapper JSON = new ObjectMapper();

  NullStatusPruningDispatcher() {
    super(List.of());
  }

  @Override
  public MockResponse handlePatch(RecordedRequest request) {
    pruneNullStatus(request.getPath());
    return super.handlePatch(request);
  }

  @Override
  public MockResponse handleUpdate(RecordedRequest request) {
    pruneNullStatus(request.getPath());
    return super.handleUpdate(request);
  }

  private synchronized void pruneNullStatus(String path) {
    try {
      String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
      String resourcePath = withoutQuery.endsWith("/status")
          ? withoutQuery.substring(0, withoutQuery.length() - "/status".length()) : withoutQuery;
      Map.Entry<AttributeSet, String> stored = findResource(getKey(resourcePath));
      if (stored == null) {
        return;
      }
      JsonNode node = JSON.readTree(stored.getValue());
      if (node instanceof ObjectNode object && object.has("status") && object.get("status").isNull()) {
        object.remove("status");
        map.replace(stored.getKey(), stored.getValue(), JSON.writeValueAsString(object));
      }
    } catch (Exception e) {
      // Leave the object as it is: the dispatcher answers as it would have.
    }
  }
}
