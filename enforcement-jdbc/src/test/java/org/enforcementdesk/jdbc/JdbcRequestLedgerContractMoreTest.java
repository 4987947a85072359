package org.enforcementdesk.jdbc;

import org.enforcementdesk.store.RequestLedger;
import org.enforcementdesk.store.RequestLedgerContractMore;

/** The PostgreSQL ledger against the rest of the ledger contract. */
class JdbcRequestLedgerContractMoreTest extends RequestLedgerContractMore {

  @Override
  protected RequestLedger newLedger() {
    return JdbcRequestLedger.builder().transactions(Transactions.of(EmbeddedDatabase.newDatabase())).court("FJ-0322")
        .build();
  }
}
