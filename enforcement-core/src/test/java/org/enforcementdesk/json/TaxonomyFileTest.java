package org.enforcementdesk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.enforcementdesk.model.Category;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaxonomyFileTest {

  @Test
  void defaults_haveTheDocumentedCodesInOrder() {
    Taxonomy taxonomy = TaxonomyFile.defaults();
    assertThat(taxonomy.categories())
        .extracting(Category::code)
        .containsExactly(
            "URGE_AND_COERCE", "INQUIRY_AND_CONTROL", "PROPERTY_DISPOSAL", "CASE_FUNDS", "PROCEDURE",
            "COMPLAINT_AND_OVERSIGHT");
    assertThat(taxonomy.types())
        .extracting(RequestType::code)
        .containsExactly(
            "CHASE_PROGRESS", "CREDIT_RESTRICTION", "COERCIVE_MEASURE", "ONSITE_ENFORCEMENT",
            "PROGRESS_QUERY", "PROPERTY_LEAD", "SEIZURE_REQUEST", "SEIZURE_RENEWAL",
            "AUCTION_PROGRESS", "POST_SALE_DELIVERY",
            "FUNDS_PAYOUT", "FUNDS_CONFIRMATION", "FEES_AND_AID",
            "CASE_RESTORATION", "SETTLEMENT_AND_RELIEF", "OBJECTION_GUIDANCE",
            "CONDUCT_COMPLAINT", "PETITION", "SUGGESTION_OTHER");
  }

  @Test
  void defaults_typeKnowsItsCategoryAndNames() {
    RequestType renewal = TaxonomyFile.defaults().type("SEIZURE_RENEWAL");
    assertThat(renewal.category().chineseName()).isEqualTo("查询查控");
    assertThat(renewal.number()).isEqualTo("2.4");
    assertThat(renewal.chineseName()).isEqualTo("申请续封/续冻/续扣");
  }

  private static final String ONE_CATEGORY =
      """
      categories:
        - code: FUNDS
          number: "1"
          zh: 案款
          en: funds
          types:
            - {code: PAYOUT, number: "1.1", zh: 发放, en: payout}
      """;

  @Test
  void read_courtOwnFile_givesItsTaxonomy() {
    Taxonomy taxonomy = read(ONE_CATEGORY);
    assertThat(taxonomy.type("PAYOUT").category().code()).isEqualTo("FUNDS");
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of(ONE_CATEGORY.replace("en: funds", "en: funds\n    colour: red"), "court.yaml: $.categories[0].colour: unknown property"),
        Arguments.of(ONE_CATEGORY.replace("code: PAYOUT, ", ""), "court.yaml: $.categories[0].types[0].code: required field is missing"),
        Arguments.of(ONE_CATEGORY.replace("code: PAYOUT", "code: payout"), "court.yaml: $.categories[0].types[0]: request type code must be"),
        Arguments.of(ONE_CATEGORY.replace("code: PAYOUT", "code: FUNDS"), "court.yaml: $: duplicate code in taxonomy: FUNDS"),
        Arguments.of(ONE_CATEGORY.replace("number: \"1.1\"", "number: 1.1"), "court.yaml: $.categories[0].types[0].number: expected a string, found number 1.1"),
        Arguments.of("categories: []", "court.yaml: $: a taxonomy needs at least one category"),
        Arguments.of("", "court.yaml: $: the taxonomy file is empty"),
        Arguments.of("categories: [", "court.yaml: line "),
        Arguments.of(ONE_CATEGORY + "categories: []\n", "court.yaml: line "));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void read_badFile_namesFileAndPath(String yaml, String message) {
    assertThatThrownBy(() -> read(yaml)).isInstanceOf(JsonInputException.class).hasMessageStartingWith(message);
  }

  @Test
  void type_unknownCode_listsValidCodes() {
    assertThatThrownBy(() -> read(ONE_CATEGORY).type("REFUND"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown request type code \"REFUND\"; valid codes: [PAYOUT]");
  }

  private static Taxonomy read(String yaml) {
    return TaxonomyFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "court.yaml");
  }
}
