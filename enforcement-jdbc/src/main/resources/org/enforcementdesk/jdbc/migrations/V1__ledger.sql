-- Enforcement Desk ledger, schema version 1: the events of every work order and enforcement case, the projections the
-- desk reads them by, the due queue, the outbox, and leases. One database may serve many courts: every row carries its
-- court, and every query names one.
--
-- Written for PostgreSQL 14+ and the compatible databases (KingbaseES, openGauss/GaussDB): bigserial rather than
-- identity columns, ON CONFLICT always with its target, no xid8, no LISTEN/NOTIFY, no catalog queries, no large
-- objects, jsonb for JSON. docs/ledger.md lists the subset; SqlSubsetTest holds this file to it.

-- Each work order's stream head: its version, where it is listed, and the duplicate-group key it holds.
CREATE TABLE ed_streams (
  court          varchar(64)  NOT NULL,
  stream_id      varchar(128) NOT NULL,
  version        bigint       NOT NULL,
  sequence       bigserial    NOT NULL,
  party_id       varchar(128) NOT NULL,
  case_number    varchar(64),
  duplicate_key  varchar(400),
  CONSTRAINT ed_streams_pk PRIMARY KEY (court, stream_id),
  CONSTRAINT ed_streams_duplicate_key_uq UNIQUE (court, duplicate_key)
);
CREATE INDEX ed_streams_case_ix ON ed_streams (court, case_number, sequence);
CREATE INDEX ed_streams_party_ix ON ed_streams (court, party_id, sequence);
CREATE INDEX ed_streams_sequence_ix ON ed_streams (court, sequence);

-- Each enforcement case's stream head.
CREATE TABLE ed_case_streams (
  court        varchar(64) NOT NULL,
  case_number  varchar(64) NOT NULL,
  version      bigint      NOT NULL,
  sequence     bigserial   NOT NULL,
  CONSTRAINT ed_case_streams_pk PRIMARY KEY (court, case_number)
);

-- Every event, of work orders (stream_kind 'W') and of cases ('C'), in one global order. tx_id is the writing
-- transaction's id, so that a reader following global_position never passes an event still being committed.
CREATE TABLE ed_events (
  global_position  bigserial    NOT NULL,
  court            varchar(64)  NOT NULL,
  stream_kind      char(1)      NOT NULL,
  stream_id        varchar(128) NOT NULL,
  stream_version   bigint       NOT NULL,
  event_type       varchar(64)  NOT NULL,
  schema_version   integer      NOT NULL,
  payload          jsonb        NOT NULL,
  recorded_at      timestamptz  NOT NULL DEFAULT now(),
  tx_id            bigint       NOT NULL DEFAULT txid_current(),
  CONSTRAINT ed_events_pk PRIMARY KEY (global_position),
  CONSTRAINT ed_events_stream_version_uq UNIQUE (court, stream_kind, stream_id, stream_version)
);

-- Labels of work orders ('W') and cases ('C'): the work queues and the lists the desk reads without a scan.
CREATE TABLE ed_labels (
  court        varchar(64)  NOT NULL,
  label        varchar(200) NOT NULL,
  stream_kind  char(1)      NOT NULL,
  stream_id    varchar(128) NOT NULL,
  sequence     bigint       NOT NULL,
  CONSTRAINT ed_labels_pk PRIMARY KEY (court, label, stream_kind, stream_id)
);
CREATE INDEX ed_labels_listing_ix ON ed_labels (court, label, stream_kind, sequence);
CREATE INDEX ed_labels_stream_ix ON ed_labels (court, stream_kind, stream_id);

-- What falls due when, claimed by one node at a time under a lease; a tick's failures and parking live on the row.
-- kind_rank orders entries due at the same instant as the library does (the kind's declaration order). Instants the
-- library compares exactly are kept as nanoseconds since the epoch (timestamptz keeps microseconds only); due_at is
-- the same instant for the database's clock to judge.
CREATE TABLE ed_due (
  court         varchar(64)  NOT NULL,
  stream_id     varchar(128) NOT NULL,
  kind          varchar(32)  NOT NULL,
  kind_rank     smallint     NOT NULL,
  due_nanos     bigint       NOT NULL,
  due_at        timestamptz  NOT NULL,
  locked_by     varchar(128),
  locked_until  timestamptz,
  attempts      integer      NOT NULL DEFAULT 0,
  error         varchar(600),
  failed_nanos  bigint,
  retry_nanos   bigint,
  parked        boolean      NOT NULL DEFAULT false,
  CONSTRAINT ed_due_pk PRIMARY KEY (court, stream_id, kind, due_nanos)
);
CREATE INDEX ed_due_queue_ix ON ed_due (court, due_nanos);

-- Notifications waiting for delivery, claimed like the due queue; delivered ones leave and keep only their key.
CREATE TABLE ed_outbox (
  court            varchar(64)  NOT NULL,
  idempotency_key  varchar(200) NOT NULL,
  position         bigserial    NOT NULL,
  kind             varchar(64)  NOT NULL,
  request_id       varchar(128) NOT NULL,
  recipient_kind   varchar(32)  NOT NULL,
  recipient_id     varchar(128) NOT NULL,
  arose_nanos      bigint       NOT NULL,
  template_values  jsonb        NOT NULL,
  attempts         integer      NOT NULL DEFAULT 0,
  parked           boolean      NOT NULL DEFAULT false,
  reason           varchar(600),
  locked_by        varchar(128),
  locked_until     timestamptz,
  CONSTRAINT ed_outbox_pk PRIMARY KEY (court, idempotency_key)
);
CREATE INDEX ed_outbox_queue_ix ON ed_outbox (court, parked, position);

CREATE TABLE ed_outbox_delivered (
  court            varchar(64)  NOT NULL,
  idempotency_key  varchar(200) NOT NULL,
  kind             varchar(64)  NOT NULL,
  delivered_at     timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT ed_outbox_delivered_pk PRIMARY KEY (court, idempotency_key)
);

-- Work that must run on one node at a time across the court's nodes (a calendar revision, say).
CREATE TABLE ed_leases (
  court         varchar(64)  NOT NULL,
  name          varchar(128) NOT NULL,
  holder        varchar(128) NOT NULL,
  locked_until  timestamptz  NOT NULL,
  CONSTRAINT ed_leases_pk PRIMARY KEY (court, name)
);

-- Each party's data key, wrapped by the host's key provider; erasing a party deletes its row.
CREATE TABLE ed_party_keys (
  court        varchar(64)  NOT NULL,
  party_id     varchar(128) NOT NULL,
  key_id       varchar(128) NOT NULL,
  wrapped_key  bytea        NOT NULL,
  created_at   timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT ed_party_keys_pk PRIMARY KEY (court, party_id)
);

-- Parties whose personal data was erased (PIPL Art. 47), and holds that block erasure until they end.
CREATE TABLE ed_party_erasures (
  court      varchar(64)  NOT NULL,
  party_id   varchar(128) NOT NULL,
  erased_at  timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT ed_party_erasures_pk PRIMARY KEY (court, party_id)
);
