package org.enforcementdesk.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import org.enforcementdesk.order.PersonalDataErasure;

/**
 * How the stored form of an event holds a party's personal data: the party's name, phone and identity numbers, the
 * text of the party's requests and urges, the notes and results written about them, the comment of an evaluation.
 * {@link #PLAIN} stores them as text; a ledger that keeps data at rest encrypts each with a key of that party, and
 * erases a party by destroying the key.
 */
public interface Sealer {

  /** What a read shows in place of personal data whose party was erased. */
  String ERASED = PersonalDataErasure.ERASED;

  /** Personal data as plain JSON strings: what a host that encrypts at the storage layer, or a test, uses. */
  Sealer PLAIN = new Sealer() {
    @Override
    public JsonNode seal(String text, String partyId) {
      return TextNode.valueOf(text);
    }

    @Override
    public Optional<String> open(JsonNode sealed, String partyId) {
      if (!sealed.isTextual()) {
        throw new IllegalArgumentException("expected a string, found " + sealed.getNodeType().name());
      }
      return Optional.of(sealed.textValue());
    }
  };

  /**
   * The stored form of one piece of personal data.
   *
   * @param text the data; not null
   * @param partyId the party it belongs to, whose key seals it; not null
   * @return the JSON to store; not null
   */
  JsonNode seal(String text, String partyId);

  /**
   * The data back from its stored form.
   *
   * @param sealed what {@link #seal} stored; not null
   * @param partyId the party it belongs to; not null
   * @return the data, or empty if the party's personal data was erased
   * @throws IllegalArgumentException if the stored form is malformed or does not open (a wrong key, a tampered value)
   */
  Optional<String> open(JsonNode sealed, String partyId);

  /**
   * Whether erasing a party with this sealer is destroying its key: then the ledger deletes the key and rewrites
   * nothing. Otherwise (plain text) the ledger rewrites the party's stored events without the data.
   */
  default boolean erasesByDestroyingKeys() {
    return false;
  }

  /**
   * Forgets whatever this sealer holds in memory for the party (an unwrapped key), once the ledger erased it.
   *
   * @param partyId the party erased; not null
   */
  default void forget(String partyId) {}
}
