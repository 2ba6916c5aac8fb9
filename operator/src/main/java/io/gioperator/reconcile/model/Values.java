package io.gioperator.reconcile.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Null-tolerant normalization helpers shared by the model records. */
final class Values {

  private Values() {}

  /** Trims; blank becomes null, so "unset" has one spelling. */
  static String text(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** An immutable copy without null elements; null becomes empty. */
  static <T> List<T> list(List<T> values) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values.size());
    values.stream().filter(Objects::nonNull).forEach(copy::add);
    return Collections.unmodifiableList(copy);
  }

  /** An immutable, key-sorted copy; null becomes empty. */
  static <V> Map<String, V> sortedMap(Map<String, V> values) {
    if (values == null || values.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new TreeMap<>(values));
  }

  static <E extends Enum<E>> E fromWire(Class<E> type, String wire, java.util.function.Function<E, String> spelling) {
    if (wire == null) {
      return null;
    }
    for (E candidate : type.getEnumConstants()) {
      if (wire.equalsIgnoreCase(spelling.apply(candidate))) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("unknown " + type.getSimpleName() + " value: " + wire);
  }
}
