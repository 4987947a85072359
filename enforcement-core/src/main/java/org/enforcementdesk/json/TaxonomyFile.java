package org.enforcementdesk.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.enforcementdesk.model.Category;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.Taxonomy;

/**
 * Reads a {@link Taxonomy} from a YAML data file: the shipped default (six categories, nineteen types) or a court's
 * own file of the same shape. The shipped file, {@code org/enforcementdesk/json/taxonomy-default.yaml}, documents the
 * shape and its sources in its header.
 *
 * <p>Reading is strict and all-or-nothing: an unknown key, a missing field, a malformed or repeated code fails with a
 * {@link JsonInputException} naming the file and the path ({@code $.categories[1].types[0].code}).
 */
public final class TaxonomyFile {

  /** The class-path location of the shipped default taxonomy. */
  public static final String DEFAULT_RESOURCE = "/org/enforcementdesk/json/taxonomy-default.yaml";

  private static final ObjectMapper YAML =
      YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final Set<String> ROOT_FIELDS = Set.of("categories");
  private static final Set<String> CATEGORY_FIELDS = Set.of("code", "number", "zh", "en", "types");
  private static final Set<String> TYPE_FIELDS = Set.of("code", "number", "zh", "en");

  /** Loaded once: the shipped file never changes while the library runs. */
  private static final class Default {
    static final Taxonomy TAXONOMY = readResource(DEFAULT_RESOURCE);
  }

  private TaxonomyFile() {}

  /** The shipped default taxonomy: the six categories and nineteen types of the library's documentation. */
  public static Taxonomy defaults() {
    return Default.TAXONOMY;
  }

  /**
   * Reads a court's taxonomy file.
   *
   * @throws JsonInputException if the file is malformed; the message names the file and the path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Taxonomy read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy file " + file, e);
    }
  }

  /**
   * Reads a taxonomy from a YAML (or JSON) stream, which is not closed.
   *
   * @param source a name for the input used in error messages; not null
   * @throws JsonInputException if the input is malformed
   * @throws UncheckedIOException if the input cannot be read
   */
  public static Taxonomy read(InputStream yaml, String source) {
    requireNonNull(yaml, "yaml");
    requireNonNull(source, "source");
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String position = where == null ? "$" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
      throw new JsonInputException(source, position, e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy " + source, e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new JsonInputException(source, "$", "the taxonomy file is empty");
    }
    return read(NodeReader.root(tree, source, "$").expectObject(ROOT_FIELDS));
  }

  private static Taxonomy read(NodeReader root) {
    List<Category> categories = new ArrayList<>();
    List<RequestType> types = new ArrayList<>();
    for (NodeReader categoryJson : root.required("categories").elements()) {
      categoryJson.expectObject(CATEGORY_FIELDS);
      Category category =
          categoryJson.convert(
              categoryJson,
              json ->
                  new Category(
                      json.required("code").text(),
                      json.required("number").text(),
                      json.required("zh").text(),
                      json.required("en").text()));
      categories.add(category);
      for (NodeReader typeJson : categoryJson.required("types").elements()) {
        typeJson.expectObject(TYPE_FIELDS);
        types.add(
            typeJson.convert(
                typeJson,
                json ->
                    new RequestType(
                        json.required("code").text(),
                        json.required("number").text(),
                        category,
                        json.required("zh").text(),
                        json.required("en").text())));
      }
    }
    return root.convert(categories, c -> Taxonomy.of(c, types));
  }

  private static Taxonomy readResource(String resource) {
    try (InputStream in = TaxonomyFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the shipped taxonomy is missing from the class path: " + resource);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped taxonomy " + resource, e);
    }
  }
}
