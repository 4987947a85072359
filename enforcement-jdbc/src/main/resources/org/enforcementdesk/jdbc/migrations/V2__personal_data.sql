-- Enforcement Desk ledger, schema version 2: personal data at rest. Each party's data key names the host's master key
-- that wraps it (so master keys can rotate), an erasure records its instant exactly, and holds block erasure.

ALTER TABLE ed_party_keys ADD COLUMN master_key_id varchar(128) NOT NULL DEFAULT 'unnamed';

ALTER TABLE ed_party_erasures ADD COLUMN erased_nanos bigint NOT NULL DEFAULT 0;

-- Legal holds (until released: until_nanos null) and retention periods (until until_nanos) that block erasure.
CREATE TABLE ed_erasure_holds (
  court        varchar(64)  NOT NULL,
  party_id     varchar(128) NOT NULL,
  name         varchar(128) NOT NULL,
  reason       varchar(300) NOT NULL,
  until_nanos  bigint,
  placed_at    timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT ed_erasure_holds_pk PRIMARY KEY (court, party_id, name)
);
