package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 诉求分类: the categories and request types a court classifies enforcement requests into. The library ships the
 * default six categories and nineteen types as a data file (read it with
 * {@code org.enforcementdesk.json.TaxonomyFile}); a court may load its own.
 *
 * <p>Immutable. Every category has at least one type, codes and display numbers are unique across the taxonomy, and
 * looking up an unknown code fails with a message listing the valid codes.
 */
public final class Taxonomy {

  private final ImmutableMap<String, Category> categories;
  private final ImmutableMap<String, RequestType> types;
  private final ImmutableListMultimap<Category, RequestType> typesByCategory;

  private Taxonomy(List<Category> categories, List<RequestType> types) {
    checkArgument(!categories.isEmpty(), "a taxonomy needs at least one category");
    ImmutableMap.Builder<String, Category> categoryCodes = ImmutableMap.builder();
    Set<String> numbers = new HashSet<>();
    Set<String> allCodes = new HashSet<>();
    for (Category category : categories) {
      requireNonNull(category, "category");
      checkArgument(allCodes.add(category.code()), "duplicate code in taxonomy: %s", category.code());
      checkArgument(numbers.add(category.number()), "duplicate number in taxonomy: %s", category.number());
      categoryCodes.put(category.code(), category);
    }
    this.categories = categoryCodes.buildOrThrow();

    ImmutableMap.Builder<String, RequestType> typeCodes = ImmutableMap.builder();
    ImmutableListMultimap.Builder<Category, RequestType> byCategory = ImmutableListMultimap.builder();
    for (RequestType type : types) {
      requireNonNull(type, "request type");
      checkArgument(allCodes.add(type.code()), "duplicate code in taxonomy: %s", type.code());
      checkArgument(numbers.add(type.number()), "duplicate number in taxonomy: %s", type.number());
      Category declared = this.categories.get(type.category().code());
      checkArgument(
          declared != null && declared.equals(type.category()) && sameNames(declared, type.category()),
          "request type %s belongs to category %s, which is not in this taxonomy",
          type.code(),
          type.category().code());
      typeCodes.put(type.code(), type);
      byCategory.put(declared, type);
    }
    this.types = typeCodes.buildOrThrow();
    this.typesByCategory = byCategory.build();
    for (Category category : categories) {
      checkArgument(
          typesByCategory.containsKey(category), "category %s has no request types", category.code());
    }
  }

  private static boolean sameNames(Category a, Category b) {
    return a.number().equals(b.number())
        && a.chineseName().equals(b.chineseName())
        && a.englishName().equals(b.englishName());
  }

  /**
   * Returns the taxonomy of these categories and types.
   *
   * @param categories the categories in display order; not empty
   * @param types the request types in display order, each belonging to one of {@code categories}
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if a code or number repeats, a type's category is missing, or a category has
   *     no types
   */
  public static Taxonomy of(List<Category> categories, List<RequestType> types) {
    return new Taxonomy(List.copyOf(categories), List.copyOf(types));
  }

  /** The categories, in display order. */
  public ImmutableList<Category> categories() {
    return categories.values().asList();
  }

  /** The request types, in display order. */
  public ImmutableList<RequestType> types() {
    return types.values().asList();
  }

  /**
   * The types of one category, in display order.
   *
   * @throws IllegalArgumentException if the category is not in this taxonomy
   */
  public ImmutableList<RequestType> typesOf(Category category) {
    return typesByCategory.get(category(category.code()));
  }

  /**
   * Returns the category with this code.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no category has it; the message lists the valid codes
   */
  public Category category(String code) {
    requireNonNull(code, "category code");
    Category category = categories.get(code);
    checkArgument(
        category != null, "unknown category code %s; valid codes: %s", LogSafe.quoted(code), categories.keySet());
    return category;
  }

  /**
   * Returns the request type with this code.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if no type has it; the message lists the valid codes
   */
  public RequestType type(String code) {
    requireNonNull(code, "request type code");
    RequestType type = types.get(code);
    checkArgument(type != null, "unknown request type code %s; valid codes: %s", LogSafe.quoted(code), types.keySet());
    return type;
  }

  /** Whether a request type has this code. */
  public boolean hasType(String code) {
    return types.containsKey(code);
  }

  @Override
  public String toString() {
    return "Taxonomy[" + categories.size() + " categories, " + types.size() + " types]";
  }
}
