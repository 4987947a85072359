package org.enforcementdesk.jdbc;

import java.util.Arrays;
import java.util.Map;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.privacy.KeyProvider;
import org.enforcementdesk.privacy.PersonalDataCipher;
import org.enforcementdesk.store.PersonalDataContract;
import org.enforcementdesk.store.RequestLedger;

/** The PostgreSQL ledger with personal data encrypted under SM4: erasure destroys the party's key. */
class EncryptedPersonalDataContractTest extends PersonalDataContract {

  /** The host's master keys, as a test holds them. */
  static KeyProvider masterKeys() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    return KeyProvider.ofMasterKeys("court-master-2026", Map.of("court-master-2026", key));
  }

  @Override
  protected RequestLedger newLedger() {
    return JdbcRequestLedger.builder().transactions(Transactions.of(EmbeddedDatabase.newDatabase())).court("FJ-0322")
        .personalData(EnforcementJson.defaults(), masterKeys(), PersonalDataCipher.sm4Gcm()).build();
  }
}
