package org.enforcementdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Map;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.json.EventJson;
import org.enforcementdesk.json.SampleEvents;
import org.enforcementdesk.json.StoredEvent;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.PersonalDataErasure;
import org.enforcementdesk.order.WorkOrderEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncryptingSealerTest {

  private static final byte[] MASTER_1 = bytes(1);
  private static final byte[] MASTER_2 = bytes(2);

  private final MapPartyKeyStore store = new MapPartyKeyStore();

  private static byte[] bytes(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  private static PersonalDataCipher cipher(String name) {
    return name.equals("SM4-GCM") ? PersonalDataCipher.sm4Gcm() : PersonalDataCipher.AES_GCM;
  }

  private EncryptingSealer sealer(String cipher, KeyProvider keys) {
    return EncryptingSealer.builder().cipher(cipher(cipher)).keys(keys).store(store).build();
  }

  private static KeyProvider keysUnder(String current) {
    return KeyProvider.ofMasterKeys(current, Map.of("k1", MASTER_1, "k2", MASTER_2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"AES-GCM", "SM4-GCM"})
  void sealsWithAKeyPerParty_storesNoPlainText_andOpens(String cipher) {
    EncryptingSealer sealer = sealer(cipher, keysUnder("k1"));

    JsonNode sealed = sealer.seal("350322199001011234", "P-1");

    assertThat(sealed.get("cipher").textValue()).isEqualTo(cipher);
    assertThat(sealed.toString()).doesNotContain("350322199001011234");
    assertThat(sealer.open(sealed, "P-1")).contains("350322199001011234");
    assertThat(sealer.seal("350322199001011234", "P-1")).isNotEqualTo(sealed); // a fresh nonce each time
    sealer.seal("张三", "P-2");
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.find("P-1").orElseThrow().wrapped()).isNotEqualTo(store.find("P-2").orElseThrow().wrapped());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AES-GCM", "SM4-GCM"})
  void aValueMovedToAnotherParty_orTamperedWith_doesNotOpen(String cipher) {
    EncryptingSealer sealer = sealer(cipher, keysUnder("k1"));
    JsonNode sealed = sealer.seal("13905951234", "P-1");
    sealer.seal("other", "P-2");

    // Sealed under a key P-2 does not have: it reads as nothing of P-2's, never as the data.
    assertThat(sealer.open(sealed, "P-2")).isEmpty();
    ObjectNode tampered = sealed.deepCopy();
    byte[] data = java.util.Base64.getDecoder().decode(tampered.get("data").textValue());
    data[data.length - 1] ^= 1;
    tampered.put("data", java.util.Base64.getEncoder().encodeToString(data));
    assertThatThrownBy(() -> sealer.open(tampered, "P-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not open").hasMessageNotContaining("13905951234");
  }

  @Test
  void aDestroyedKey_opensAsErased_andANewKeyServesTheNewData() {
    EncryptingSealer sealer = sealer("AES-GCM", keysUnder("k1"));
    JsonNode before = sealer.seal("张三", "P-1");

    store.destroy("P-1");
    sealer.forget("P-1");

    assertThat(sealer.open(before, "P-1")).isEmpty();
    JsonNode after = sealer.seal("张三", "P-1");
    assertThat(sealer.open(after, "P-1")).contains("张三");
    assertThat(sealer.open(before, "P-1")).isEmpty();
  }

  @Test
  void anotherNodesErasure_isSeenOnceItsCacheEntryLapses() {
    EncryptingSealer other = EncryptingSealer.builder().keys(keysUnder("k1")).store(store)
        .cacheFor(java.time.Duration.ZERO).build();
    JsonNode sealed = other.seal("张三", "P-1");
    store.destroy("P-1"); // erased by another node: this one was never told

    assertThat(other.open(sealed, "P-1")).isEmpty();
  }

  @Test
  void masterKeysRotate_oldDataKeysStillOpen() {
    JsonNode underK1 = sealer("AES-GCM", keysUnder("k1")).seal("张三", "P-1");

    EncryptingSealer rotated = sealer("AES-GCM", keysUnder("k2"));
    assertThat(rotated.open(underK1, "P-1")).contains("张三");
    rotated.seal("李四", "P-2");
    assertThat(store.find("P-2").orElseThrow().masterKeyId()).isEqualTo("k2");
    assertThat(store.find("P-1").orElseThrow().masterKeyId()).isEqualTo("k1");
  }

  @Test
  void emptyAndPlainText_readAsTheyAre() {
    EncryptingSealer sealer = sealer("AES-GCM", keysUnder("k1"));
    assertThat(sealer.seal("", "P-1").textValue()).isEmpty();
    assertThat(store.size()).isZero();
    assertThat(sealer.open(com.fasterxml.jackson.databind.node.TextNode.valueOf("写于加密之前"), "P-1"))
        .contains("写于加密之前");
  }

  @Test
  void badKeysAndValues_areRefusedByName() {
    assertThatThrownBy(() -> KeyProvider.ofMasterKeys("k3", Map.of("k1", MASTER_1)))
        .hasMessageContaining("\"k3\" is not among the keys [k1]");
    assertThatThrownBy(() -> KeyProvider.ofMasterKeys("k1", Map.of("k1", new byte[16])))
        .hasMessageContaining("master key \"k1\" has 16 bytes");
    EncryptingSealer sealer = sealer("AES-GCM", keysUnder("k1"));
    assertThatThrownBy(() -> sealer.open(sealer("SM4-GCM", keysUnder("k1")).seal("x", "P-9"), "P-9"))
        .hasMessageContaining("sealed with SM4-GCM; this sealer opens AES-GCM");
    assertThatThrownBy(() -> sealer.open(new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode(), "P-1"))
        .hasMessageContaining("found ARRAY");
  }

  /**
   * The two ways of erasing agree: reading every sample event after its party's key is destroyed gives exactly what
   * {@link PersonalDataErasure} makes of it, so the in-memory ledger and an encrypting one show an erased party alike.
   */
  @Test
  void readingAfterTheKeyIsDestroyed_equalsTheErasureOfTheEvent() {
    EncryptingSealer sealer = sealer("AES-GCM", keysUnder("k1"));
    EventJson events = EventJson.of(EnforcementJson.defaults(), sealer);
    String party = SampleEvents.PARTY;
    var orders = SampleEvents.workOrderEvents().stream().map(e -> events.write(e, party)).toList();
    var cases = SampleEvents.caseEvents().stream().map(events::write).toList();
    for (StoredEvent stored : orders) {
      assertThat(stored.payload()).doesNotContain("350322").doesNotContain("139");
    }

    for (CaseEvent e : SampleEvents.caseEvents()) {
      if (e instanceof CaseEvent.ContactRecorded c) {
        store.destroy(c.partyId());
        sealer.forget(c.partyId());
      }
    }
    store.destroy(party);
    sealer.forget(party);

    for (int i = 0; i < orders.size(); i++) {
      WorkOrderEvent original = SampleEvents.workOrderEvents().get(i);
      assertThat(events.read(orders.get(i), party)).as(original.kind()).isEqualTo(PersonalDataErasure.erased(original));
    }
    for (int i = 0; i < cases.size(); i++) {
      CaseEvent original = SampleEvents.caseEvents().get(i);
      String visitor = original instanceof CaseEvent.ContactRecorded c ? c.partyId() : party;
      assertThat(events.readCase(cases.get(i))).isEqualTo(PersonalDataErasure.erased(original, visitor));
    }
  }

  @Test
  void theSampleEvents_holdPersonalData_soTheAgreementAboveMeansSomething() {
    long changed = SampleEvents.workOrderEvents().stream().filter(e -> !PersonalDataErasure.erased(e).equals(e))
        .count();
    assertThat(changed).isGreaterThanOrEqualTo(7);
  }
}
