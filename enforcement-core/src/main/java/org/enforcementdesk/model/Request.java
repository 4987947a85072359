package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * 执行诉求: one request a party makes about an enforcement case, as it arrived through one channel. This is the input
 * of intake: the decision policy classifies it, sets its urgency and deadlines, and a work order is opened for it.
 *
 * <p>A request names its enforcement case by {@link CaseNumber}, unless the case has not yet been filed for
 * enforcement ({@link RequestFacts#isCaseNotYetFiled()}): such requests go to pre-enforcement resolution and may
 * come without one. The instant of receipt keeps the offset it arrived with.
 *
 * <p>Immutable; built with {@link #builder()}, which checks every field. {@link #toString} never shows personal
 * data or the free text (which may contain it).
 */
public final class Request {

  /** The longest free text accepted, in characters: {@link FreeText#MAX_LENGTH}, as for every text in the record. */
  public static final int MAX_TEXT_LENGTH = FreeText.MAX_LENGTH;

  private final RequestId id;
  private final CaseNumber caseNumber;
  private final Channel channel;
  private final RequestType type;
  private final OffsetDateTime receivedAt;
  private final Party requester;
  private final String text;
  private final RequestFacts facts;

  private Request(Builder builder) {
    this.id = checkSet(builder.id, "id");
    this.channel = checkSet(builder.channel, "channel");
    this.type = checkSet(builder.type, "type");
    this.receivedAt = checkSet(builder.receivedAt, "receivedAt");
    this.requester = checkSet(builder.requester, "requester");
    this.text = builder.text;
    this.facts = builder.facts;
    checkArgument(
        builder.caseNumber != null || facts.isCaseNotYetFiled(),
        "request %s: caseNumber is required unless facts.caseNotYetFiled is true",
        id);
    this.caseNumber = builder.caseNumber;
  }

  private static <T> T checkSet(T value, String field) {
    checkState(value != null, "request field %s is required but was not set", field);
    return value;
  }

  /** A builder with nothing set; id, channel, type, receivedAt and requester are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's fields, to derive a changed request from. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.caseNumber = caseNumber;
    builder.channel = channel;
    builder.type = type;
    builder.receivedAt = receivedAt;
    builder.requester = requester;
    builder.text = text;
    builder.facts = facts;
    return builder;
  }

  /** The request's identifier; not null. */
  public RequestId id() {
    return id;
  }

  /** The enforcement case the request is about; empty only when the case is not yet filed for enforcement. */
  public Optional<CaseNumber> caseNumber() {
    return Optional.ofNullable(caseNumber);
  }

  /** The channel the request came through; not null. */
  public Channel channel() {
    return channel;
  }

  /** The request's type, and through it its category; not null. */
  public RequestType type() {
    return type;
  }

  /** When the court received the request, with the offset it was given in; not null. */
  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  /** Who made the request; not null. */
  public Party requester() {
    return requester;
  }

  /**
   * What the party said or wrote, unmasked, as recorded: it may hold phone and identity numbers (the party's or
   * another's). For the court's own record; {@link PersonalData#maskText} gives what others may see.
   *
   * @return the text; may be empty, never null
   */
  public String unmaskedText() {
    return text;
  }

  /** The typed facts the rules read, and any others the host supplied; not null. */
  public RequestFacts facts() {
    return facts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Request that
        && id.equals(that.id)
        && Objects.equals(caseNumber, that.caseNumber)
        && channel.equals(that.channel)
        && type.equals(that.type)
        && receivedAt.equals(that.receivedAt)
        && requester.equals(that.requester)
        && text.equals(that.text)
        && facts.equals(that.facts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, caseNumber, channel, type, receivedAt, requester, text, facts);
  }

  /** A description safe for logs: personal data masked, free text reduced to its length. */
  @Override
  public String toString() {
    return "Request[id="
        + id
        + ", case="
        + (caseNumber == null ? "not yet filed" : caseNumber)
        + ", channel="
        + channel
        + ", type="
        + type
        + ", receivedAt="
        + receivedAt
        + ", requester="
        + requester
        + ", text="
        + text.length()
        + " chars, "
        + facts
        + "]";
  }

  /**
   * Collects the fields of a {@link Request}. Setters check their argument at once; {@link #build()} checks that the
   * required fields are present and consistent.
   */
  public static final class Builder {
    private RequestId id;
    private CaseNumber caseNumber;
    private Channel channel;
    private RequestType type;
    private OffsetDateTime receivedAt;
    private Party requester;
    private String text = "";
    private RequestFacts facts = RequestFacts.none();

    private Builder() {}

    /** Sets the identifier; not null. */
    public Builder id(RequestId id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /** Sets the enforcement case; not null (leave it unset for a case not yet filed). */
    public Builder caseNumber(CaseNumber caseNumber) {
      this.caseNumber = requireNonNull(caseNumber, "caseNumber");
      return this;
    }

    /** Sets the channel; not null. */
    public Builder channel(Channel channel) {
      this.channel = requireNonNull(channel, "channel");
      return this;
    }

    /** Sets the request type; not null. */
    public Builder type(RequestType type) {
      this.type = requireNonNull(type, "type");
      return this;
    }

    /** Sets when the court received the request; not null. */
    public Builder receivedAt(OffsetDateTime receivedAt) {
      this.receivedAt = requireNonNull(receivedAt, "receivedAt");
      return this;
    }

    /** Sets who made the request; not null. */
    public Builder requester(Party requester) {
      this.requester = requireNonNull(requester, "requester");
      return this;
    }

    /**
     * Sets the free text, stripped of surrounding white space.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if it is longer than {@value #MAX_TEXT_LENGTH} characters
     */
    public Builder text(String text) {
      this.text = FreeText.optional("text", text);
      return this;
    }

    /** Sets the facts; not null. */
    public Builder facts(RequestFacts facts) {
      this.facts = requireNonNull(facts, "facts");
      return this;
    }

    /**
     * Returns the request.
     *
     * @throws IllegalStateException if a required field is missing
     * @throws IllegalArgumentException if there is no case number and the case is not marked as not yet filed
     */
    public Request build() {
      return new Request(this);
    }
  }
}
