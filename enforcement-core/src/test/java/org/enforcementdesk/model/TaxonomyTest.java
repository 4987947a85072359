package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  private static final Category FUNDS = new Category("FUNDS", "1", "案款", "funds");
  private static final Category OTHER = new Category("OTHER", "2", "其他", "other");
  private static final RequestType PAYOUT = new RequestType("PAYOUT", "1.1", FUNDS, "发放", "payout");
  private static final RequestType MISC = new RequestType("MISC", "2.1", OTHER, "其他", "misc");

  @Test
  void of_lookupsAndOrder() {
    Taxonomy taxonomy = Taxonomy.of(List.of(FUNDS, OTHER), List.of(PAYOUT, MISC));
    assertThat(taxonomy.type("PAYOUT")).isEqualTo(PAYOUT);
    assertThat(taxonomy.category("OTHER")).isEqualTo(OTHER);
    assertThat(taxonomy.typesOf(FUNDS)).containsExactly(PAYOUT);
    assertThat(taxonomy.hasType("MISC")).isTrue();
    assertThat(taxonomy).hasToString("Taxonomy[2 categories, 2 types]");
  }

  @Test
  void of_categoryWithoutTypes_fails() {
    assertThatThrownBy(() -> Taxonomy.of(List.of(FUNDS, OTHER), List.of(PAYOUT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category OTHER has no request types");
  }

  @Test
  void of_typeOfForeignCategory_fails() {
    assertThatThrownBy(() -> Taxonomy.of(List.of(FUNDS), List.of(PAYOUT, MISC)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request type MISC belongs to category OTHER, which is not in this taxonomy");
  }

  @Test
  void of_repeatedNumber_fails() {
    RequestType clash = new RequestType("CLASH", "1.1", FUNDS, "重复", "clash");
    assertThatThrownBy(() -> Taxonomy.of(List.of(FUNDS), List.of(PAYOUT, clash)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate number in taxonomy: 1.1");
  }

  @Test
  void category_unknown_listsValidCodes() {
    assertThatThrownBy(() -> Taxonomy.of(List.of(FUNDS), List.of(PAYOUT)).category("FOO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown category code \"FOO\"; valid codes: [FUNDS]");
  }
}
