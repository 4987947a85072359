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
import java.util.regex.Pattern;
import org.enforcementdesk.model.LogSafe;
import org.enforcementdesk.model.PersonalData;

/**
 * A JSON node together with its path, for strict reading with messages that say where. Every failure is a
 * {@link JsonInputException}; values the model rejects (its constructors throw IllegalArgumentException) are reported
 * at the path they came from.
 */
final class NodeReader {

  /** A field name that may be repeated: what a document's own names look like, never what a party typed. */
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

  private final JsonNode node;
  private final String source;
  private final String path;
  /** Whether a refusal here describes what it found instead of quoting it: it may be personal data. */
  private final boolean quiet;

  private NodeReader(JsonNode node, String source, String path, boolean quiet) {
    this.node = node;
    this.source = source;
    this.path = path;
    this.quiet = quiet;
  }

  /**
   * A document's root. It is quiet: a request sent as one JSON string, or anything else where the request was
   * expected, is a party's message as often as not.
   */
  static NodeReader root(JsonNode node, String source, String path) {
    return new NodeReader(node, source, path, true);
  }

  /**
   * This node as one that may be personal data as a whole (a party's record sent as one string, say): a refusal of
   * it describes what it found. Its fields quote as usual; those holding personal data read through {@link
   * #personalText()}.
   */
  NodeReader personal() {
    return new NodeReader(node, source, path, true);
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
      throw error("expected an object, found " + found());
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
      throw error("expected an array, found " + found());
    }
    List<NodeReader> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new NodeReader(node.get(i), source, path + "[" + i + "]", true));
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
    return new NodeReader(node.path(name), source, path + "." + shown(name), false);
  }

  String text() {
    if (!node.isTextual()) {
      throw error("expected a string, found " + found());
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
      throw error("expected true or false, found " + found());
    }
    return node.booleanValue();
  }

  int integer() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected a whole number, found " + found());
    }
    return node.intValue();
  }

  BigDecimal decimal() {
    if (!node.isNumber()) {
      throw error("expected a number, found " + found());
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
      // The model's messages quote values masked and cut already (LogSafe.quoted), and personal data not at all.
      throw new JsonInputException(source, path, e.getMessage(), e);
    }
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String value = text();
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw error(
          "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found " + found());
    }
  }

  /** What a refusal says it found here: the value quoted (masked and cut), or, where it is quiet, only its kind. */
  private String found() {
    return quiet ? kindOf(node) : describe(node);
  }

  /** A value as a refusal quotes it: a string masked and cut at 40 characters, a number or boolean likewise. */
  static String describe(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case STRING -> LogSafe.quoted(node.textValue());
      case NUMBER, BOOLEAN -> type.name().toLowerCase(Locale.ROOT) + " " + LogSafe.cut(node.toString());
      case MISSING -> "nothing";
      default -> type.name().toLowerCase(Locale.ROOT);
    };
  }

  /** A value described by its kind alone: {@code a string of 812 characters}, {@code a number}, {@code an array}. */
  static String kindOf(JsonNode node) {
    JsonNodeType type = node.getNodeType();
    return switch (type) {
      case STRING -> "a string of " + node.textValue().codePointCount(0, node.textValue().length()) + " characters";
      case MISSING -> "nothing";
      case ARRAY, OBJECT -> "an " + type.name().toLowerCase(Locale.ROOT);
      default -> "a " + type.name().toLowerCase(Locale.ROOT);
    };
  }

  /** A field name as a path shows it: a name as JSON documents have them, else only its length. */
  static String shown(String name) {
    return FIELD_NAME.matcher(name).matches()
        ? PersonalData.maskText(name)
        : "(a name of " + name.codePointCount(0, name.length()) + " characters)";
  }
}
