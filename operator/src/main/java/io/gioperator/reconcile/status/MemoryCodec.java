package io.gioperator.reconcile.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gioperator.reconcile.model.Memory;

/**
 * The planner's {@link Memory} as compact JSON. It holds morefs, timestamps, reasons and request ids, never a
 * credential or an OVF property value. An unreadable value (an older format, a hand edit) reads as empty memory:
 * the planner then re-learns from the observation, which is safe (it only forgets timers and budgets).
 */
public final class MemoryCodec {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private MemoryCodec() {}

  public static String write(Memory memory) {
    try {
      return JSON.writeValueAsString(memory);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("memory cannot be serialized", e);
    }
  }

  public static Memory read(String json) {
    if (json == null || json.isBlank()) {
      return Memory.EMPTY;
    }
    try {
      Memory m = JSON.readValue(json, Memory.class);
      return m == null ? Memory.EMPTY : m;
    } catch (JsonProcessingException e) {
      return Memory.EMPTY;
    }
  }
}
