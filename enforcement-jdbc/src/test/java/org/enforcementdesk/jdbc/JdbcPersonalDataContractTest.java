package org.enforcementdesk.jdbc;

import org.enforcementdesk.store.PersonalDataContract;
import org.enforcementdesk.store.RequestLedger;

/** The PostgreSQL ledger with personal data stored plain: erasure rewrites the party's events. */
class JdbcPersonalDataContractTest extends PersonalDataContract {

  @Override
  protected RequestLedger newLedger() {
    return JdbcRequestLedger.builder().transactions(Transactions.of(EmbeddedDatabase.newDatabase())).court("FJ-0322")
        .build();
  }
}
