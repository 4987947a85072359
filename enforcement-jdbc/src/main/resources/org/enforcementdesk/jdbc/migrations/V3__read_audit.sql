-- Enforcement Desk ledger, schema version 3: the audit trail of reads of personal data (等保: who, what, when, why).
-- One row per answer that showed staff or a resolver parties' data; it holds the parties' ids, never their data. The
-- instant is kept as nanoseconds since the epoch, as the library compares it; read_at is the same instant for SQL.
CREATE TABLE ed_personal_data_reads (
  read_position bigserial   NOT NULL,
  court        varchar(64)  NOT NULL,
  at_nanos     bigint       NOT NULL,
  read_at      timestamptz  NOT NULL,
  reader_role  varchar(32)  NOT NULL,
  reader_id    varchar(64)  NOT NULL,
  query        varchar(64)  NOT NULL,
  subject      varchar(200) NOT NULL,
  party_ids    text         NOT NULL,
  purpose      varchar(200) NOT NULL,
  CONSTRAINT ed_personal_data_reads_pk PRIMARY KEY (read_position)
);
CREATE INDEX ed_personal_data_reads_window_ix ON ed_personal_data_reads (court, at_nanos, read_position);
