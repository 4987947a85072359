package org.enforcementdesk.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Taxonomy;

/**
 * A Jackson module with the library's codecs, for hosts that serialise requests inside their own documents with
 * their own {@code ObjectMapper}. Reading is as strict as {@link EnforcementJson}: a malformed request fails with a
 * {@link JsonInputException} whose path starts at the request's place in the host's document.
 *
 * <p>Codes are resolved against the taxonomy and channels given here. For stand-alone use prefer
 * {@link EnforcementJson}, which configures a mapper completely.
 */
public final class EnforcementJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /**
   * Returns a module that resolves request types against {@code taxonomy} and channels against {@code channels}.
   *
   * @throws NullPointerException if an argument is null
   */
  public EnforcementJsonModule(Taxonomy taxonomy, Channels channels) {
    super("enforcement-desk");
    requireNonNull(taxonomy, "taxonomy");
    requireNonNull(channels, "channels");
    addDeserializer(Request.class, treeReader((json, mapper) -> RequestJson.read(json, taxonomy, channels)));
    addSerializer(Request.class, treeWriter(RequestJson::write));
    addDeserializer(Party.class, treeReader((json, mapper) -> PartyJson.read(json)));
    addSerializer(Party.class, treeWriter((party, mapper) -> PartyJson.write(party)));
    addDeserializer(RequestFacts.class, treeReader((json, mapper) -> FactsJson.read(json)));
    addSerializer(RequestFacts.class, treeWriter(FactsJson::write));
    addDeserializer(CaseNumber.class, treeReader((json, mapper) -> json.text(CaseNumber::parse)));
    addSerializer(CaseNumber.class, textWriter(CaseNumber::toString));
    addDeserializer(RequestId.class, treeReader((json, mapper) -> json.text(RequestId::of)));
    addSerializer(RequestId.class, textWriter(RequestId::value));
  }

  /** A deserializer that reads the value as a tree and hands it to a strict reader that knows its path. */
  private static <T> JsonDeserializer<T> treeReader(BiFunction<NodeReader, ObjectMapper, T> read) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String path = jsonPath(parser);
        JsonNode tree = context.readTree(parser);
        ObjectMapper mapper = (ObjectMapper) parser.getCodec();
        return read.apply(NodeReader.root(tree, null, path), mapper);
      }
    };
  }

  private static <T> JsonSerializer<T> treeWriter(BiFunction<T, ObjectMapper, JsonNode> write) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        ObjectMapper mapper = (ObjectMapper) generator.getCodec();
        generator.writeTree(write.apply(value, mapper));
      }
    };
  }

  private static <T> JsonSerializer<T> textWriter(Function<T, String> text) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(text.apply(value));
      }
    };
  }

  /** The current value's place in the document as a JSON path: {@code $}, {@code $.requests[2]}. */
  private static String jsonPath(JsonParser parser) {
    // At a field's value the parsing context already points at the value; at an array element too.
    JsonPointer pointer =
        parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY
            ? parser.getParsingContext().getParent() == null
                ? JsonPointer.empty()
                : parser.getParsingContext().getParent().pathAsPointer()
            : parser.getParsingContext().pathAsPointer();
    StringBuilder path = new StringBuilder("$");
    for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
      if (step.getMatchingIndex() >= 0) {
        path.append('[').append(step.getMatchingIndex()).append(']');
      } else {
        path.append('.').append(step.getMatchingProperty());
      }
    }
    return path.toString();
  }
}
