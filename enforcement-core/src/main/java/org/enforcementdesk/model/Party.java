package org.enforcementdesk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 当事人: a person or organisation taking part in an enforcement case, as the host's case system knows them.
 *
 * <p>The phone number and identity document number are personal data: {@link #toString} masks them and the name
 * ({@code Party[id=P-1, role=APPLICANT, name=张*, phone=138****0000]}), and so must every log line (see
 * {@link PersonalData}). Equality covers every field.
 */
public final class Party {

  private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,22}[0-9]");
  private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{3,31}");

  private final String id;
  private final PartyRole role;
  private final String name;
  private final String phone;
  private final String idNumber;

  private Party(String id, PartyRole role, String name, String phone, String idNumber) {
    this.id = checkId(id);
    this.role = requireNonNull(role, "party role");
    this.name = Codes.checkText("party name", name, 100);
    if (phone != null) {
      // The raw value is not quoted: it is personal data, and error messages end up in logs.
      checkArgument(
          PHONE.matcher(phone).matches(),
          "party phone must be 6-24 digits, spaces or hyphens with an optional leading +: %s",
          PersonalData.maskPhone(phone));
    }
    this.phone = phone;
    if (idNumber != null) {
      checkArgument(
          ID_NUMBER.matcher(idNumber).matches(),
          "party id number must be 4-32 letters, digits or hyphens: %s",
          PersonalData.maskIdNumber(idNumber));
    }
    this.idNumber = idNumber;
  }

  /**
   * Checks a party id: 1-64 letters, digits and {@code . _ : -}, starting with a letter or digit.
   *
   * @return the id
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it is malformed (the message quotes it masked and capped)
   */
  public static String checkId(String id) {
    requireNonNull(id, "party id");
    checkArgument(
        PARTY_ID.matcher(id).matches(),
        "party id must be 1-64 characters of letters, digits and . _ : - starting with a letter or digit: %s",
        LogSafe.quoted(id));
    return id;
  }

  /**
   * Returns a party without contact details.
   *
   * @param id the host's identifier of the party; 1-64 letters, digits and {@code . _ : -}
   * @param role the party's role in the case
   * @param name the party's name as on the case file; not blank, at most 100 characters
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if an argument is malformed
   */
  public static Party of(String id, PartyRole role, String name) {
    return new Party(id, role, name, null, null);
  }

  /**
   * Returns this party with a phone number.
   *
   * @param phone a phone number: digits, spaces and hyphens, an optional leading {@code +}; not null
   * @throws NullPointerException if {@code phone} is null
   * @throws IllegalArgumentException if it is malformed (the message shows it masked)
   */
  public Party withPhone(String phone) {
    requireNonNull(phone, "party phone");
    return new Party(id, role, name, phone, idNumber);
  }

  /**
   * Returns this party with an identity document number (resident identity card, passport or unified social credit
   * code).
   *
   * @param idNumber 4-32 letters, digits or hyphens; not null
   * @throws NullPointerException if {@code idNumber} is null
   * @throws IllegalArgumentException if it is malformed (the message shows it masked)
   */
  public Party withIdNumber(String idNumber) {
    requireNonNull(idNumber, "party id number");
    return new Party(id, role, name, phone, idNumber);
  }

  /** The host's identifier of the party; not null. */
  public String id() {
    return id;
  }

  /** The party's role in the case; not null. */
  public PartyRole role() {
    return role;
  }

  /**
   * The party's name, unmasked: personal data, for the court's own record and the messages sent to the party
   * themselves. Never log it or show it to anyone else: {@link PersonalData#maskName} gives what they may see.
   *
   * @return the name as on the case file; not null
   */
  public String unmaskedName() {
    return name;
  }

  /**
   * The phone number, unmasked, if known: personal data, for sending the party their own messages and for the
   * resolver who must call them. Never log it: {@link PersonalData#maskPhone} gives what others may see.
   *
   * @return the number as given, or empty
   */
  public Optional<String> unmaskedPhone() {
    return Optional.ofNullable(phone);
  }

  /**
   * The identity document number, unmasked, if known: personal data, for the court's own record only. Never log it
   * or show it outside the court: {@link PersonalData#maskIdNumber} gives what others may see.
   *
   * @return the number as given, or empty
   */
  public Optional<String> unmaskedIdNumber() {
    return Optional.ofNullable(idNumber);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Party that
        && id.equals(that.id)
        && role == that.role
        && name.equals(that.name)
        && Objects.equals(phone, that.phone)
        && Objects.equals(idNumber, that.idNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, role, name, phone, idNumber);
  }

  /** A masked description, safe for logs: {@code Party[id=P-1, role=APPLICANT, name=张*, phone=138****0000]}. */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Party[id=").append(id).append(", role=").append(role).append(", name=");
    text.append(PersonalData.maskName(name));
    if (phone != null) {
      text.append(", phone=").append(PersonalData.maskPhone(phone));
    }
    if (idNumber != null) {
      text.append(", idNumber=").append(PersonalData.maskIdNumber(idNumber));
    }
    return text.append(']').toString();
  }
}
