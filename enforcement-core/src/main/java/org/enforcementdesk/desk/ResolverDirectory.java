package org.enforcementdesk.desk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.policy.DelegationSuggestion;

/**
 * The resolvers a court works with and their accounts: its pre-enforcement team, the departments with accounts
 * (police, housing, ...), its special mediators and the mediation director of each village. The desk delegates only
 * to an account listed here, so a typo cannot send a party's case to nobody.
 *
 * <pre>{@code
 * ResolverDirectory resolvers = ResolverDirectory.builder()
 *     .add(new DelegationTarget(DelegationKind.PRE_ENFORCEMENT_TEAM, "pre-1", "执前化解团队"))
 *     .addVillageMediator("后沁村", new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "v-houqin", "后沁村调解主任"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ResolverDirectory {

  private static final ResolverDirectory EMPTY = new ResolverDirectory(ImmutableMap.of(), ImmutableMap.of());

  private final ImmutableMap<String, DelegationTarget> byId;
  private final ImmutableMap<String, DelegationTarget> byVillage;

  private ResolverDirectory(ImmutableMap<String, DelegationTarget> byId, ImmutableMap<String, DelegationTarget> byVillage) {
    this.byId = byId;
    this.byVillage = byVillage;
  }

  /** A directory listing nobody: every delegation is refused until the court lists its resolvers. */
  public static ResolverDirectory empty() {
    return EMPTY;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The account with this id, if listed. */
  public Optional<DelegationTarget> find(String resolverId) {
    return Optional.ofNullable(byId.get(requireNonNull(resolverId, "resolverId")));
  }

  /**
   * The listed account with this id.
   *
   * @throws IllegalArgumentException naming the id and the accounts listed, if there is none
   */
  public DelegationTarget require(String resolverId) {
    return find(resolverId)
        .orElseThrow(() -> new IllegalArgumentException(
            "unknown resolver \"" + resolverId + "\"; the court's directory lists " + listing()));
  }

  /**
   * The listed account, which must be exactly {@code target}: the same id, kind and name.
   *
   * @throws IllegalArgumentException if the directory lists no such account, or lists it otherwise
   */
  public DelegationTarget requireListed(DelegationTarget target) {
    DelegationTarget listed = require(target.resolverId());
    checkArgument(
        listed.equals(target),
        "resolver %s is listed as %s \"%s\", not %s \"%s\"",
        target.resolverId(), listed.kind(), listed.name(), target.kind(), target.name());
    return listed;
  }

  /** The mediation director of a village, if listed. */
  public Optional<DelegationTarget> villageMediator(String village) {
    return Optional.ofNullable(byVillage.get(requireNonNull(village, "village").strip()));
  }

  /** Every account of a kind, in the order they were listed. */
  public ImmutableList<DelegationTarget> ofKind(DelegationKind kind) {
    requireNonNull(kind, "kind");
    return byId.values().stream().filter(t -> t.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * The account a suggestion of the rules points at: the village's mediation director, or the first account of the
   * kind (the pre-enforcement team, say); empty when the court lists none.
   */
  public Optional<DelegationTarget> accountFor(DelegationSuggestion suggestion) {
    requireNonNull(suggestion, "suggestion");
    if (suggestion.kind() == DelegationKind.VILLAGE_MEDIATOR) {
      return suggestion.villageName().flatMap(this::villageMediator);
    }
    return ofKind(suggestion.kind()).stream().findFirst();
  }

  /** Every account, in the order they were listed. */
  public ImmutableList<DelegationTarget> all() {
    return byId.values().asList();
  }

  private String listing() {
    return byId.isEmpty() ? "none" : byId.keySet().stream().collect(Collectors.joining(", ", "[", "]"));
  }

  /** Collects accounts; ids are unique, and a village has one mediation director. */
  public static final class Builder {
    private final Map<String, DelegationTarget> byId = new LinkedHashMap<>();
    private final Map<String, DelegationTarget> byVillage = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Lists an account.
     *
     * @throws IllegalArgumentException if the id is listed already
     */
    public Builder add(DelegationTarget target) {
      requireNonNull(target, "target");
      checkArgument(byId.putIfAbsent(target.resolverId(), target) == null, "resolver %s is listed twice", target.resolverId());
      return this;
    }

    /**
     * Lists a village's mediation director.
     *
     * @throws IllegalArgumentException if the target is not a village mediator, the village is blank or has one
     *     already, or the id is listed already
     */
    public Builder addVillageMediator(String village, DelegationTarget target) {
      requireNonNull(village, "village");
      requireNonNull(target, "target");
      String name = village.strip();
      checkArgument(!name.isEmpty(), "village must not be blank");
      checkArgument(
          target.kind() == DelegationKind.VILLAGE_MEDIATOR, "%s is a %s, not a village mediator", target.resolverId(), target.kind());
      checkArgument(!byVillage.containsKey(name), "village %s has a mediation director already", name);
      add(target);
      byVillage.put(name, target);
      return this;
    }

    /** Returns the directory. */
    public ResolverDirectory build() {
      return new ResolverDirectory(ImmutableMap.copyOf(byId), ImmutableMap.copyOf(byVillage));
    }
  }
}
