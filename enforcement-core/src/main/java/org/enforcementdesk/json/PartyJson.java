package org.enforcementdesk.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;

/** The JSON form of a {@link Party}: {@code {"id", "role", "name", "phone"?, "idNumber"?}}. */
final class PartyJson {

  private static final Set<String> FIELDS = Set.of("id", "role", "name", "phone", "idNumber");

  private PartyJson() {}

  static Party read(NodeReader json) {
    return read(json, Sealer.PLAIN);
  }

  /**
   * Reads a party whose name and numbers are stored through {@code sealer}. An erased party reads with the name
   * {@link Sealer#ERASED} and without numbers.
   */
  static Party read(NodeReader json, Sealer sealer) {
    json.expectObject(FIELDS);
    String id = json.required("id").text(Party::checkId);
    PartyRole role = json.required("role").enumValue(PartyRole.class);
    NodeReader name = json.required("name");
    Party party = name.convert(open(name, sealer, id).orElse(Sealer.ERASED), n -> Party.of(id, role, n));
    if (json.optional("phone").isPresent()) {
      NodeReader phone = json.required("phone");
      Optional<String> number = open(phone, sealer, id);
      if (number.isPresent()) {
        party = phone.convert(number.get(), party::withPhone);
      }
    }
    if (json.optional("idNumber").isPresent()) {
      NodeReader idNumber = json.required("idNumber");
      Optional<String> number = open(idNumber, sealer, id);
      if (number.isPresent()) {
        party = idNumber.convert(number.get(), party::withIdNumber);
      }
    }
    return party;
  }

  /** A personal value; a type error says what was found without echoing it, since messages end up in logs. */
  private static Optional<String> open(NodeReader json, Sealer sealer, String partyId) {
    if (sealer == Sealer.PLAIN) {
      return Optional.of(json.personalText());
    }
    return json.convert(json.node(), node -> sealer.open(node, partyId));
  }

  static ObjectNode write(Party party) {
    return write(party, Sealer.PLAIN);
  }

  /** Writes a party, its name and numbers through {@code sealer}. */
  static ObjectNode write(Party party, Sealer sealer) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("id", party.id());
    json.put("role", party.role().name());
    json.set("name", sealer.seal(party.unmaskedName(), party.id()));
    party.unmaskedPhone().ifPresent(phone -> json.set("phone", sealer.seal(phone, party.id())));
    party.unmaskedIdNumber().ifPresent(idNumber -> json.set("idNumber", sealer.seal(idNumber, party.id())));
    return json;
  }
}
