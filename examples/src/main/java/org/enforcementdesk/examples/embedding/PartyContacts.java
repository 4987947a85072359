package org.enforcementdesk.examples.embedding;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.enforcementdesk.model.PersonalData;
import org.enforcementdesk.notify.NotificationTemplates;

/**
 * The host's own record of how to reach each party: phone, whether they use the court's app, and the language they
 * read. The library's notifications name a party by id only, so personal data stays in the host, which already keeps
 * it under its own access rules; this class stands in for that table.
 */
public final class PartyContacts {

  /**
   * How to reach one party.
   *
   * @param partyId the host's party id, as requests and notifications carry it; not null
   * @param phone the mobile number the SMS gateway sends to; not null
   * @param usesApp whether the party has the court's app, which gets a push instead of an SMS
   * @param language the language the party reads: one of {@link NotificationTemplates#languages()}; not null
   */
  public record Contact(String partyId, String phone, boolean usesApp, Locale language) {

    /**
     * Checks that the language is one the templates are written in.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the language is not one the templates are written in
     */
    public Contact {
      requireNonNull(partyId, "partyId");
      requireNonNull(phone, "phone");
      requireNonNull(language, "language");
      // Checked here, when the party is registered, rather than when a message is due: the host's screen offers only
      // these languages, and a party must never miss a message because of a locale nobody can render.
      if (!NotificationTemplates.languages().contains(language)) {
        throw new IllegalArgumentException(
            "language " + language.toLanguageTag() + " is not one of " + NotificationTemplates.languages());
      }
    }

    /** Never the phone number in full: contacts end up in logs. */
    @Override
    public String toString() {
      return "Contact[" + partyId + ", " + PersonalData.maskPhone(phone) + (usesApp ? ", app" : ", sms") + ", "
          + language.toLanguageTag() + "]";
    }
  }

  private final Map<String, Contact> byParty = new ConcurrentHashMap<>();

  /** Records or replaces a party's contact: the latest intake record is the freshest number. */
  public void register(Contact contact) {
    requireNonNull(contact, "contact");
    byParty.put(contact.partyId(), contact);
  }

  /** The party's contact, if the host has one. */
  public Optional<Contact> find(String partyId) {
    return Optional.ofNullable(byParty.get(requireNonNull(partyId, "partyId")));
  }
}
