package io.gioperator.api.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits test objects by field path ({@code spec.sva.ovfProperties[0].value}); values are YAML snippets, so
 * {@code "5"} is a number, {@code "'5'"} a string and {@code "{a: 1}"} an object.
 */
public final class Edit {

  private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private Edit() {}

  /** Sets the value at the path, creating missing objects on the way. */
  public static ObjectNode set(ObjectNode root, String path, String yamlValue) {
    List<Object> segments = segments(path);
    JsonNode parent = walk(root, segments.subList(0, segments.size() - 1), true);
    JsonNode value = value(yamlValue);
    Object last = segments.get(segments.size() - 1);
    if (last instanceof String field) {
      ((ObjectNode) parent).set(field, value);
    } else {
      ArrayNode array = (ArrayNode) parent;
      int index = (Integer) last;
      if (index == array.size()) {
        array.add(value);
      } else {
        array.set(index, value);
      }
    }
    return root;
  }

  /** Removes the value at the path. */
  public static ObjectNode remove(ObjectNode root, String path) {
    List<Object> segments = segments(path);
    JsonNode parent = walk(root, segments.subList(0, segments.size() - 1), false);
    Object last = segments.get(segments.size() - 1);
    if (last instanceof String field) {
      if (((ObjectNode) parent).remove(field) == null) {
        throw new IllegalArgumentException("nothing to remove at " + path);
      }
    } else {
      ((ArrayNode) parent).remove((Integer) last);
    }
    return root;
  }

  /** The value at the path, or a missing node. */
  public static JsonNode get(JsonNode root, String path) {
    JsonNode node = root;
    for (Object segment : segments(path)) {
      node = segment instanceof String field ? node.path(field) : node.path((Integer) segment);
    }
    return node;
  }

  private static JsonNode walk(JsonNode root, List<Object> segments, boolean create) {
    JsonNode node = root;
    for (Object segment : segments) {
      JsonNode next = segment instanceof String field ? node.get(field) : node.get((Integer) segment);
      if (next == null) {
        if (!create || !(segment instanceof String field)) {
          throw new IllegalArgumentException("no " + segment + " in " + node);
        }
        next = ((ObjectNode) node).putObject(field);
      }
      node = next;
    }
    return node;
  }

  private static List<Object> segments(String path) {
    List<Object> segments = new ArrayList<>();
    Matcher m = SEGMENT.matcher(path);
    while (m.find()) {
      segments.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
    }
    return segments;
  }

  private static JsonNode value(String yaml) {
    List<JsonNode> docs = Yaml.readAll("v: " + yaml);
    return docs.get(0).get("v");
  }
}
