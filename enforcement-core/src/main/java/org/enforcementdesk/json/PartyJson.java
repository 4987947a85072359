package org.enforcementdesk.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;

/** The JSON form of a {@link Party}: {@code {"id", "role", "name", "phone"?, "idNumber"?}}. */
final class PartyJson {

  private static final Set<String> FIELDS = Set.of("id", "role", "name", "phone", "idNumber");

  private PartyJson() {}

  static Party read(NodeReader json) {
    json.expectObject(FIELDS);
    String id = json.required("id").text();
    PartyRole role = json.required("role").enumValue(PartyRole.class);
    NodeReader name = json.required("name");
    Party party = name.convert(name.personalText(), n -> Party.of(id, role, n));
    if (json.optional("phone").isPresent()) {
      NodeReader phone = json.required("phone");
      party = phone.convert(phone.personalText(), party::withPhone);
    }
    if (json.optional("idNumber").isPresent()) {
      NodeReader idNumber = json.required("idNumber");
      party = idNumber.convert(idNumber.personalText(), party::withIdNumber);
    }
    return party;
  }

  static ObjectNode write(Party party) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("id", party.id());
    json.put("role", party.role().name());
    json.put("name", party.name());
    party.phone().ifPresent(phone -> json.put("phone", phone));
    party.idNumber().ifPresent(idNumber -> json.put("idNumber", idNumber));
    return json;
  }
}
