package org.enforcementdesk.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcementdesk.model.PersonalData;

/**
 * JSON text to a tree, with refusals a host can show and log: each names the path the parser had reached and its
 * line and column, says what is wrong in words of its own (a size limit as a limit, an overflowing number as one)
 * and never quotes what was typed beyond a short, masked fragment, since a malformed request is often a party's
 * message with their name and numbers in it. A UTF-8 byte order mark at the start is skipped, as editors on
 * Windows write one.
 */
final class JsonText {

  /** A fragment the parser quotes from the input. */
  private static final Pattern QUOTED_TOKEN = Pattern.compile("'([^']{2,})'");

  /** A fragment that can be repeated: a field name or a keyword, as JSON's grammar would have it. */
  private static final Pattern HARMLESS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

  private static final int MAX_PROBLEM = 200;
  private static final int MAX_PATH = 100;

  private JsonText() {}

  /**
   * Bytes decoded as UTF-8, strictly: a byte that is not UTF-8 is refused, never read as a replacement character
   * that would then be stored as the party's words.
   */
  static String utf8(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new JsonInputException(source, "$", "not UTF-8 text");
    }
  }

  /** The tree of {@code json}, or a {@link JsonInputException}. */
  static JsonNode parse(ObjectMapper mapper, String json, String source) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        JsonNode tree = mapper.readTree(parser);
        if (tree == null || tree.isMissingNode()) {
          throw new JsonInputException(source, "$", "no JSON value in the input");
        }
        return tree;
      } catch (StreamConstraintsException tooBig) {
        throw refusal(source, parser, tooBig.getLocation(), "too large to read: " + limit(tooBig));
      } catch (JsonProcessingException malformed) {
        throw refusal(source, parser, malformed.getLocation(), problem(malformed.getOriginalMessage()));
      } catch (NumberFormatException | ArithmeticException overflow) {
        throw refusal(source, parser, null, "a number too large or too precise to read");
      }
    } catch (IOException closing) {
      // Creating or closing a parser over a string reads no device; should it fail anyway, it is a refusal too.
      throw new JsonInputException(source, "$", "cannot read the input: " + closing.getClass().getSimpleName());
    }
  }

  private static JsonInputException refusal(
      String source, JsonParser parser, JsonLocation known, String problem) {
    JsonLocation where = known != null && known.getLineNr() > 0 ? known : parser.currentLocation();
    // The parser's exception is not chained: its message quotes the input, and a logged stack trace would show it.
    return new JsonInputException(
        source, path(parser.getParsingContext()), where.getLineNr(), where.getColumnNr(), problem);
  }

  /** The JSON path of the parser's context: {@code $.facts.amountAtStakeYuan}, {@code $[2].id}. */
  private static String path(JsonStreamContext context) {
    StringBuilder path = new StringBuilder();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inArray()) {
        path.insert(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
      } else if (at.getCurrentName() != null) {
        path.insert(0, "." + NodeReader.shown(at.getCurrentName()));
      }
    }
    // A refusal of nesting too deep would otherwise carry a path a thousand levels long.
    return path.length() <= MAX_PATH ? "$" + path : "$" + path.substring(0, MAX_PATH) + "...";
  }

  /** Jackson's words for a limit, which name the limit and the length but no content. */
  private static String limit(StreamConstraintsException e) {
    String message = e.getOriginalMessage();
    int from = message.indexOf(", from ");
    return from < 0 ? message : message.substring(0, from) + ")";
  }

  /** Jackson's words for a syntax error, with whatever it quotes of the input described rather than repeated. */
  private static String problem(String original) {
    Matcher quoted = QUOTED_TOKEN.matcher(original == null ? "malformed JSON" : original);
    String problem = quoted.replaceAll(m -> HARMLESS.matcher(m.group(1)).matches()
        ? Matcher.quoteReplacement(m.group())
        : "(" + m.group(1).codePointCount(0, m.group(1).length()) + " characters)");
    problem = PersonalData.maskText(problem);
    return problem.length() <= MAX_PROBLEM ? problem : problem.substring(0, MAX_PROBLEM) + "...";
  }
}
