package org.enforcementdesk.jdbc;

import org.enforcementdesk.store.RequestLedger;
import org.enforcementdesk.store.RequestLedgerContract;

/** The PostgreSQL ledger against the ledger contract, on a database of its own per test. */
class JdbcRequestLedgerContractTest extends RequestLedgerContract {

  @Override
  protected RequestLedger newLedger() {
    return JdbcRequestLedger.builder().transactions(Transactions.of(EmbeddedDatabase.newDatabase())).court("FJ-0322")
        .build();
  }
}
