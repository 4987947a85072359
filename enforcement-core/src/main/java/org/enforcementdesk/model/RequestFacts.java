package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The typed facts about a request that the decision rules read: when a seizure lapses, how much is at stake, the
 * cause of action, whether the debtor has just been located, and so on. The host fills in what it knows; every fact
 * is optional.
 *
 * <p>Facts a court adds beyond these (a field of its own case system, say) are kept, not dropped: {@link #other()}
 * holds each under its name as JSON text, and JSON round trips keep them exactly.
 *
 * <p>Immutable; built with {@link #builder()}. Equality covers every fact.
 */
public final class RequestFacts {

  /** The names of the typed facts, as they appear in JSON; {@link #other()} never uses them. */
  public static final ImmutableSet<String> KNOWN_NAMES =
      ImmutableSet.of(
          "seizureExpiresOn",
          "amountAtStakeYuan",
          "causeOfAction",
          "livelihood",
          "debtorLocatedNow",
          "assetsAboutToMove",
          "partyVillage",
          "caseNotYetFiled");

  /** Amounts above this (10 trillion yuan) are surely a data error. */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000");

  private static final Pattern OTHER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final RequestFacts NONE = builder().build();

  private final LocalDate seizureExpiresOn;
  private final BigDecimal amountAtStake;
  private final String causeOfAction;
  private final boolean livelihood;
  private final boolean debtorLocatedNow;
  private final boolean assetsAboutToMove;
  private final String partyVillage;
  private final boolean caseNotYetFiled;
  private final ImmutableSortedMap<String, String> other;

  private RequestFacts(Builder builder) {
    this.seizureExpiresOn = builder.seizureExpiresOn;
    this.amountAtStake = builder.amountAtStake;
    this.causeOfAction = builder.causeOfAction;
    this.livelihood = builder.livelihood;
    this.debtorLocatedNow = builder.debtorLocatedNow;
    this.assetsAboutToMove = builder.assetsAboutToMove;
    this.partyVillage = builder.partyVillage;
    this.caseNotYetFiled = builder.caseNotYetFiled;
    this.other = ImmutableSortedMap.copyOf(builder.other);
  }

  /** No facts at all. */
  public static RequestFacts none() {
    return NONE;
  }

  /** A builder with no facts set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these facts, to derive changed facts from. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.seizureExpiresOn = seizureExpiresOn;
    builder.amountAtStake = amountAtStake;
    builder.causeOfAction = causeOfAction;
    builder.livelihood = livelihood;
    builder.debtorLocatedNow = debtorLocatedNow;
    builder.assetsAboutToMove = assetsAboutToMove;
    builder.partyVillage = partyVillage;
    builder.caseNotYetFiled = caseNotYetFiled;
    builder.other.putAll(other);
    return builder;
  }

  /** The day a seizure, freeze or detention lapses (查封/冻结/扣押到期日), for renewal requests. */
  public Optional<LocalDate> seizureExpiresOn() {
    return Optional.ofNullable(seizureExpiresOn);
  }

  /** The amount at stake in yuan (标的额), at most two decimal places. */
  public Optional<BigDecimal> amountAtStake() {
    return Optional.ofNullable(amountAtStake);
  }

  /** The cause of action (案由) of the underlying case, e.g. {@code 民间借贷} (private lending). */
  public Optional<String> causeOfAction() {
    return Optional.ofNullable(causeOfAction);
  }

  /** Whether the host marks the case as a livelihood case (涉民生案件: wages, injury, support payments). */
  public boolean isLivelihood() {
    return livelihood;
  }

  /** Whether the debtor has just been located and can be reached now (被执行人现身), a reason for urgency. */
  public boolean isDebtorLocatedNow() {
    return debtorLocatedNow;
  }

  /** Whether assets are about to be transferred or hidden (财产即将转移), a reason for urgency. */
  public boolean areAssetsAboutToMove() {
    return assetsAboutToMove;
  }

  /** The village of the party (当事人所在村), for delegation to its village mediation director. */
  public Optional<String> partyVillage() {
    return Optional.ofNullable(partyVillage);
  }

  /** Whether the case has not yet been filed for enforcement (未立案执行), so pre-enforcement resolution applies. */
  public boolean isCaseNotYetFiled() {
    return caseNotYetFiled;
  }

  /** Facts beyond the typed ones, by name, each value as JSON text (e.g. {@code "true"}, {@code "\"A\""}). */
  public ImmutableSortedMap<String, String> other() {
    return other;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestFacts that
        && Objects.equals(seizureExpiresOn, that.seizureExpiresOn)
        && Objects.equals(amountAtStake, that.amountAtStake)
        && Objects.equals(causeOfAction, that.causeOfAction)
        && livelihood == that.livelihood
        && debtorLocatedNow == that.debtorLocatedNow
        && assetsAboutToMove == that.assetsAboutToMove
        && Objects.equals(partyVillage, that.partyVillage)
        && caseNotYetFiled == that.caseNotYetFiled
        && other.equals(that.other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        seizureExpiresOn,
        amountAtStake,
        causeOfAction,
        livelihood,
        debtorLocatedNow,
        assetsAboutToMove,
        partyVillage,
        caseNotYetFiled,
        other);
  }

  /** The facts that are set, in a fixed order; names of other facts without their values. */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "RequestFacts[", "]");
    if (seizureExpiresOn != null) {
      text.add("seizureExpiresOn=" + seizureExpiresOn);
    }
    if (amountAtStake != null) {
      text.add("amountAtStakeYuan=" + amountAtStake.toPlainString());
    }
    if (causeOfAction != null) {
      text.add("causeOfAction=" + causeOfAction);
    }
    if (livelihood) {
      text.add("livelihood");
    }
    if (debtorLocatedNow) {
      text.add("debtorLocatedNow");
    }
    if (assetsAboutToMove) {
      text.add("assetsAboutToMove");
    }
    if (partyVillage != null) {
      text.add("partyVillage=" + partyVillage);
    }
    if (caseNotYetFiled) {
      text.add("caseNotYetFiled");
    }
    if (!other.isEmpty()) {
      text.add("other=" + other.keySet());
    }
    return text.toString();
  }

  /** Collects facts for a {@link RequestFacts}; each method validates its value at once. */
  public static final class Builder {
    private LocalDate seizureExpiresOn;
    private BigDecimal amountAtStake;
    private String causeOfAction;
    private boolean livelihood;
    private boolean debtorLocatedNow;
    private boolean assetsAboutToMove;
    private String partyVillage;
    private boolean caseNotYetFiled;
    private final TreeMap<String, String> other = new TreeMap<>();

    private Builder() {}

    /**
     * Sets the day the seizure, freeze or detention lapses.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public Builder seizureExpiresOn(LocalDate date) {
      this.seizureExpiresOn = requireNonNull(date, "seizureExpiresOn");
      return this;
    }

    /**
     * Sets the amount at stake in yuan.
     *
     * @throws NullPointerException if {@code yuan} is null
     * @throws IllegalArgumentException if it is negative, has more than two decimal places, or exceeds 10^13
     */
    public Builder amountAtStake(BigDecimal yuan) {
      requireNonNull(yuan, "amountAtStakeYuan");
      // Checked largest first and quoted in scientific form, cut: 1e999999 must not become a million-digit message.
      checkArgument(yuan.signum() >= 0, "amountAtStakeYuan cannot be negative: %s", LogSafe.cut(yuan.toString()));
      checkArgument(
          yuan.compareTo(MAX_AMOUNT) <= 0, "amountAtStakeYuan is implausibly large: %s", LogSafe.cut(yuan.toString()));
      checkArgument(
          yuan.scale() <= 2 || yuan.stripTrailingZeros().scale() <= 2,
          "amountAtStakeYuan has more than two decimal places (fen): %s",
          LogSafe.cut(yuan.toString()));
      // Normalised to two places so that 100, 100.0 and 100.00 are the same amount and print alike.
      this.amountAtStake = yuan.setScale(2);
      return this;
    }

    /**
     * Sets the cause of action of the underlying case.
     *
     * @throws NullPointerException if {@code cause} is null
     * @throws IllegalArgumentException if it is blank or longer than 50 characters
     */
    public Builder causeOfAction(String cause) {
      this.causeOfAction = Codes.checkText("causeOfAction", cause, 50);
      return this;
    }

    /** Marks or unmarks the case as a livelihood case. */
    public Builder livelihood(boolean livelihood) {
      this.livelihood = livelihood;
      return this;
    }

    /** Marks or unmarks the debtor as located and reachable now. */
    public Builder debtorLocatedNow(boolean located) {
      this.debtorLocatedNow = located;
      return this;
    }

    /** Marks or unmarks assets as about to be moved. */
    public Builder assetsAboutToMove(boolean aboutToMove) {
      this.assetsAboutToMove = aboutToMove;
      return this;
    }

    /**
     * Sets the party's village.
     *
     * @throws NullPointerException if {@code village} is null
     * @throws IllegalArgumentException if it is blank or longer than 60 characters
     */
    public Builder partyVillage(String village) {
      this.partyVillage = Codes.checkText("partyVillage", village, 60);
      return this;
    }

    /** Marks or unmarks the case as not yet filed for enforcement. */
    public Builder caseNotYetFiled(boolean notYetFiled) {
      this.caseNotYetFiled = notYetFiled;
      return this;
    }

    /**
     * Keeps a fact the library does not know, as JSON text.
     *
     * @param name the fact's name: a letter, then up to 63 letters, digits or underscores; not a typed fact's name
     * @param jsonValue the value as JSON text, e.g. {@code 42}, {@code "\"text\""}, {@code {"a":1}}; not blank
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is malformed or taken by a typed fact, or the value is blank
     */
    public Builder other(String name, String jsonValue) {
      requireNonNull(name, "fact name");
      requireNonNull(jsonValue, "fact value");
      checkArgument(
          OTHER_NAME.matcher(name).matches(),
          "fact name must be a letter then up to 63 letters, digits or _: %s",
          LogSafe.quoted(name));
      checkArgument(!KNOWN_NAMES.contains(name), "fact \"%s\" is a typed fact; set it with its own method", name);
      checkArgument(!jsonValue.isBlank(), "fact %s has a blank value", LogSafe.quoted(name));
      other.put(name, jsonValue);
      return this;
    }

    /** Returns the facts collected so far. */
    public RequestFacts build() {
      return new RequestFacts(this);
    }
  }
}
