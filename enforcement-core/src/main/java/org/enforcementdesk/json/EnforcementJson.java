package org.enforcementdesk.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.Taxonomy;

/**
 * Reads and writes enforcement requests as JSON, strictly. The field-by-field format is documented in
 * docs/request-json.md with a sample.
 *
 * <pre>{@code
 * EnforcementJson json = EnforcementJson.defaults();
 * Request request = json.readRequest(text, "hotline-feed");
 * String back = json.write(request);
 * }</pre>
 *
 * <p>Every problem with the input is a {@link JsonInputException} naming the source and the JSON path (or line and
 * column for text that is not JSON), and nothing is returned for input that fails. Immutable and thread-safe.
 */
public final class EnforcementJson {

  private final Taxonomy taxonomy;
  private final Channels channels;
  private final ObjectMapper mapper;

  private EnforcementJson(Taxonomy taxonomy, Channels channels) {
    this.taxonomy = requireNonNull(taxonomy, "taxonomy");
    this.channels = requireNonNull(channels, "channels");
    this.mapper = strictMapper(new EnforcementJsonModule(taxonomy, channels));
  }

  /** Requests classified by the shipped default taxonomy and taken through the four standard channels. */
  public static EnforcementJson defaults() {
    return new EnforcementJson(TaxonomyFile.defaults(), Channels.standard());
  }

  /**
   * Requests classified by a court's own taxonomy and channels.
   *
   * @throws NullPointerException if an argument is null
   */
  public static EnforcementJson of(Taxonomy taxonomy, Channels channels) {
    return new EnforcementJson(taxonomy, channels);
  }

  /** The taxonomy request types are resolved against. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** The channels requests may come through. */
  public Channels channels() {
    return channels;
  }

  /**
   * A copy of the strict mapper this reader uses, with the library's module registered, for a host's own documents.
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /**
   * Reads one request from a JSON object.
   *
   * @param json the JSON text; not null
   * @param source a name for the input used in error messages, e.g. a file name; not null
   * @throws JsonInputException if the text is not one well-formed, valid request
   */
  public Request readRequest(String json, String source) {
    return RequestJson.read(NodeReader.root(parse(json, source), source, "$"), taxonomy, channels);
  }

  /**
   * Reads a JSON array of requests. Either every request is valid and all are returned, or the first problem fails
   * the whole read.
   *
   * @param json the JSON text; not null
   * @param source a name for the input used in error messages; not null
   * @throws JsonInputException if the text is not an array of well-formed, valid requests
   */
  public List<Request> readRequests(String json, String source) {
    return NodeReader.root(parse(json, source), source, "$").elements().stream()
        .map(element -> RequestJson.read(element, taxonomy, channels))
        .toList();
  }

  /**
   * Reads one request from a stream of UTF-8 JSON, which is not closed.
   *
   * @throws JsonInputException if the input is not one well-formed, valid request
   * @throws UncheckedIOException if reading fails
   */
  public Request readRequest(InputStream json, String source) {
    requireNonNull(json, "json");
    try {
      return readRequest(JsonText.utf8(json.readAllBytes(), source), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /**
   * Writes a request as compact JSON; {@link #readRequest} reads it back to an equal request.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public String write(Request request) {
    requireNonNull(request, "request");
    try {
      return mapper.writeValueAsString(RequestJson.write(request, mapper));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write request " + request.id(), e);
    }
  }

  private JsonNode parse(String json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    return JsonText.parse(mapper, json, source);
  }

  /**
   * A mapper that refuses what a lenient one would guess at: duplicate keys, trailing content, numbers for enums,
   * nulls for primitives, floats for integers; and writes instants as ISO-8601 text with their offset.
   */
  static ObjectMapper strictMapper(EnforcementJsonModule module) {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        .addModule(new JavaTimeModule())
        .addModule(module)
        .build();
  }
}
