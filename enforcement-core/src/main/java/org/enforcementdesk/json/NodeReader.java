package org.enforcementdesk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A JSON node together with its path, for strict reading with messages that say where. Every failure is a
 * {@link JsonInputException}; values the model rejects (its constructors throw IllegalArgumentException) are reported
 * at the path they came from.
 */
final class NodeReader {

  private final JsonNode node;
  private final String source;
  private final String path;

  private NodeReader(JsonNode node, String source, String path) {
    this.node = node;
    this.source = source;
    this.path = path;
  }

  static NodeReader root(JsonNode node, String source, String path) {
    return new NodeReader(node, source, path);
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  JsonInputException error(String problem) {
    return new JsonInputException(source, path, problem);
  }

  /** Fails unless this is an object whose field names are all in {@code known}. */
  NodeReader expectObject(Set<String> known) {
    if (!node.isObject()) {
      throw error("expected an object, found " + describe(node));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw field(name).error("unknown property; expected one of " + new TreeSet<>(known));
      }
    }
    return this;
  }

  /** The elements of this array. */
  List<NodeReader> elements() {
    if (!node.isArray()) {
      throw error("expected an array, found " + describe(node));
    }
    List<NodeReader> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new NodeReader(node.get(i), source, path + "[" + i + "]"));
    }
    return elements;
  }

  /** The field, present and not null. */
  NodeReader required(String name) {
    return optional(name).orElseThrow(() -> field(name).error("required field is missing"));
  }

  /** The field, or empty when it is absent or null. */
  Optional<NodeReader> optional(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(field(name));
  }

  private NodeReader field(String name) {
    return new NodeReader(node.path(name), source, path + "." + name);
  }

  String text() {
    if (!node.isTextual()) {
      throw error("expected a string, found " + describe(node));
    }
    return node.textValue();
  }

  /**
   * This string, for fields that hold personal data: a type error says what was found without echoing the value,
   * because error messages end up in logs.
   */
  String personalText() {
    if (!node.isTextual()) {
      throw error("expected a string, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return node.textValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw error("expected true or false, found " + describe(node));
    }
    return node.booleanValue();
  }

  int integer() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected a whole number, found " + describe(node));
    }
    return node.intValue();
  }

  BigDecimal decimal() {
    if (!node.isNumber()) {
      throw error("expected a number, found " + describe(node));
    }
    return node.decimalValue();
  }

  /** Converts this string with a model factory, reporting its IllegalArgumentException at this path. */
  <T> T text(Function<String, T> factory) {
    return convert(text(), factory);
  }

  /** Converts a value read from this node with a model factory, reporting its exceptions at this path. */
  <V, T> T convert(V value, Function<V, T> factory) {
    try {
      return factory.apply(value);
    } catch (JsonInputException e) {
      throw e; // already names its own, more precise path
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new JsonInputException(source, path, e.getMessage(), e);
    }
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String value = text();
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error(
          "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found " + describe(node));
    }
  }

  static String describe(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case STRING -> "\"" + node.textValue() + "\"";
      case NUMBER, BOOLEAN -> type.name().toLowerCase(Locale.ROOT) + " " + node;
      case MISSING -> "nothing";
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }
}
