package org.enforcementdesk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.enforcementdesk.model.Category;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.Taxonomy;
import org.junit.jupiter.api.Test;

/**
 * Integrity of every taxonomy data file the library ships: each one reads, cites its sources, and has the shape the
 * documentation promises. A new shipped file is checked without touching this test.
 */
class ShippedDataFilesTest {

  private static final Path DATA = Path.of("src/main/resources/org/enforcementdesk/json");

  @Test
  void everyShippedTaxonomy_readsAndCitesItsSources() throws IOException {
    List<Path> files = taxonomyFiles();
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      Taxonomy taxonomy = TaxonomyFile.read(file);
      assertThat(Files.readString(file)).as(file + " cites its sources").contains("Sources");
      Set<String> codes = new HashSet<>();
      taxonomy.categories().forEach(c -> assertThat(codes.add(c.code())).as(c.code()).isTrue());
      taxonomy.types().forEach(t -> assertThat(codes.add(t.code())).as(t.code()).isTrue());
      for (Category category : taxonomy.categories()) {
        for (RequestType type : taxonomy.typesOf(category)) {
          assertThat(type.number()).as(type.code()).startsWith(category.number() + ".");
        }
      }
    }
  }

  @Test
  void defaultTaxonomy_hasExactlySixCategoriesAndNineteenUniqueTypes() {
    Taxonomy taxonomy = TaxonomyFile.read(DATA.resolve("taxonomy-default.yaml"));
    assertThat(taxonomy.categories()).hasSize(6);
    assertThat(taxonomy.types()).hasSize(19).doesNotHaveDuplicates();
    assertThat(taxonomy.types().stream().map(RequestType::code).distinct()).hasSize(19);
  }

  private static List<Path> taxonomyFiles() throws IOException {
    try (Stream<Path> files = Files.list(DATA)) {
      return files.filter(f -> f.getFileName().toString().startsWith("taxonomy")).sorted().toList();
    }
  }
}
