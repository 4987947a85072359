/**
 * The PostgreSQL-family ledger: {@link org.enforcementdesk.jdbc.JdbcRequestLedger} over the host's {@link
 * org.enforcementdesk.jdbc.Transactions}, its schema scripts and {@link org.enforcementdesk.jdbc.SchemaMigrations},
 * and {@link org.enforcementdesk.jdbc.JdbcPartyKeys} for personal data encrypted per party. docs/ledger.md has the
 * schema, the SQL subset, how several nodes share the work, and what a DBA must know.
 */
package org.enforcementdesk.jdbc;
