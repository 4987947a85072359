package org.enforcementdesk.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Maps;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.ParkedNotification;
import org.enforcementdesk.notify.Recipient;

/**
 * The outbox as rows: pending notifications in the order recorded ({@code position}), claimed under a lease like the
 * due queue; delivered ones leave the queue and keep only their key and kind, so that a key is never recorded twice
 * and the counts by kind survive. A notification's values are stored as JSON.
 */
final class OutboxRows {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "idempotency_key, kind, request_id, recipient_kind, recipient_id, arose_nanos, template_values, position";

  private OutboxRows() {}

  /**
   * Records notifications as pending, after checking that none of their keys is known (pending, parked or delivered)
   * nor repeated among them.
   *
   * @throws IllegalArgumentException naming the first key that is, before anything is written
   */
  static void insertAll(Connection c, String court, List<Notification> notifications) throws SQLException {
    if (notifications.isEmpty()) {
      return;
    }
    // One query for all the keys: a round trip per notification would cost more than the insert.
    Set<String> seen = new HashSet<>();
    for (Notification n : notifications) {
      if (!seen.add(n.idempotencyKey())) {
        throw known(n);
      }
    }
    Array keys = c.createArrayOf("varchar", seen.toArray());
    Set<String> known = new HashSet<>(Sql.query(c, "SELECT idempotency_key FROM ed_outbox WHERE court = ?"
        + " AND idempotency_key = ANY(?) UNION ALL SELECT idempotency_key FROM ed_outbox_delivered WHERE court = ?"
        + " AND idempotency_key = ANY(?)", row -> row.getString(1), court, keys, court, keys));
    for (Notification n : notifications) {
      if (known.contains(n.idempotencyKey())) {
        throw known(n);
      }
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO ed_outbox (court, idempotency_key, kind,"
        + " request_id, recipient_kind, recipient_id, arose_nanos, template_values)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")) {
      for (Notification n : notifications) {
        insert.setString(1, court);
        insert.setString(2, n.idempotencyKey());
        insert.setString(3, n.kind().name());
        insert.setString(4, n.requestId().value());
        insert.setString(5, n.recipient().kind().name());
        insert.setString(6, n.recipient().id());
        insert.setLong(7, Sql.nanos(n.at()));
        insert.setString(8, write(n.values()));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static IllegalArgumentException known(Notification n) {
    return new IllegalArgumentException("notification idempotency key \"" + n.idempotencyKey() + "\" (request "
        + n.requestId() + ") is already in the outbox; nothing was written");
  }

  static List<Notification> pending(Connection c, String court, int limit) throws SQLException {
    return Sql.query(c, "SELECT " + COLUMNS + " FROM ed_outbox WHERE court = ? AND NOT parked ORDER BY position"
        + " LIMIT ?", OutboxRows::notification, court, limit);
  }

  /** Whether any notification is waiting (claimed or not): the dispatcher's cheap look before its claim. */
  static boolean anyPending(Connection c, String court) throws SQLException {
    return !Sql.query(c, "SELECT 1 FROM ed_outbox WHERE court = ? AND NOT parked LIMIT 1", row -> 1, court)
        .isEmpty();
  }

  static List<Notification> claim(Connection c, String court, String node, int limit, Duration lease)
      throws SQLException {
    List<Positioned> claimed = Sql.query(c, "UPDATE ed_outbox SET locked_by = ?, locked_until = now()"
        + " + CAST(? AS integer) * INTERVAL '1 millisecond' WHERE (court, idempotency_key) IN (SELECT court,"
        + " idempotency_key FROM ed_outbox WHERE court = ? AND NOT parked AND (locked_until IS NULL OR locked_until"
        + " < now() OR locked_by = ?) ORDER BY position LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS,
        row -> new Positioned(row.getLong("position"), notification(row)), node, (int) lease.toMillis(), court, node,
        limit);
    return claimed.stream().sorted(Comparator.comparingLong(Positioned::position)).map(Positioned::notification)
        .toList();
  }

  static void markDelivered(Connection c, String court, String key) throws SQLException {
    List<String> kinds = Sql.query(c, "DELETE FROM ed_outbox WHERE court = ? AND idempotency_key = ? RETURNING kind",
        row -> row.getString(1), court, key);
    for (String kind : kinds) {
      Sql.update(c, "INSERT INTO ed_outbox_delivered (court, idempotency_key, kind) VALUES (?, ?, ?)"
          + " ON CONFLICT (court, idempotency_key) DO NOTHING", court, key, kind);
    }
  }

  static Map<NotificationKind, Long> deliveredByKind(Connection c, String court) throws SQLException {
    Map<NotificationKind, Long> counts = new EnumMap<>(NotificationKind.class);
    Sql.query(c, "SELECT kind, count(*) FROM ed_outbox_delivered WHERE court = ? GROUP BY kind",
        row -> counts.put(NotificationKind.valueOf(row.getString(1)), row.getLong(2)), court);
    return Maps.immutableEnumMap(counts);
  }

  static int recordFailure(Connection c, String court, String key) throws SQLException {
    List<Integer> attempts = Sql.query(c, "UPDATE ed_outbox SET attempts = attempts + 1 WHERE court = ?"
        + " AND idempotency_key = ? AND NOT parked RETURNING attempts", row -> row.getInt(1), court, key);
    return attempts.isEmpty() ? 0 : attempts.get(0);
  }

  static boolean park(Connection c, String court, String key, String reason) throws SQLException {
    return Sql.update(c, "UPDATE ed_outbox SET parked = true, reason = ?, locked_by = NULL, locked_until = NULL"
        + " WHERE court = ? AND idempotency_key = ? AND NOT parked", reason, court, key) > 0;
  }

  static List<ParkedNotification> parked(Connection c, String court) throws SQLException {
    return Sql.query(c, "SELECT " + COLUMNS + ", attempts, reason FROM ed_outbox WHERE court = ? AND parked"
        + " ORDER BY position", row -> new ParkedNotification(notification(row), Math.max(1, row.getInt("attempts")),
            row.getString("reason")), court);
  }

  /**
   * Parks the party's pending notifications and replaces the values of all its notifications (pending or parked)
   * by their erased form; returns how many were pending.
   */
  static int eraseAllTo(Connection c, String court, String partyId, String reason) throws SQLException {
    List<Notification> toParty = Sql.query(c, "SELECT " + COLUMNS + " FROM ed_outbox WHERE court = ?"
        + " AND recipient_kind = 'PARTY' AND recipient_id = ? FOR UPDATE", OutboxRows::notification, court, partyId);
    for (Notification n : toParty) {
      Sql.update(c, "UPDATE ed_outbox SET template_values = CAST(? AS jsonb) WHERE court = ? AND idempotency_key = ?",
          write(n.erased().values()), court, n.idempotencyKey());
    }
    return Sql.update(c, "UPDATE ed_outbox SET parked = true, reason = ?, locked_by = NULL, locked_until = NULL"
        + " WHERE court = ? AND recipient_kind = 'PARTY' AND recipient_id = ? AND NOT parked", reason, court,
        partyId);
  }

  /** Back in the queue, last, its failures forgotten. */
  static boolean unpark(Connection c, String court, String key) throws SQLException {
    return Sql.update(c, "UPDATE ed_outbox SET parked = false, attempts = 0, reason = NULL,"
        + " position = nextval('ed_outbox_position_seq') WHERE court = ? AND idempotency_key = ? AND parked",
        court, key) > 0;
  }

  private static Notification notification(ResultSet row) throws SQLException {
    return Notification.of(
        row.getString("idempotency_key"),
        NotificationKind.valueOf(row.getString("kind")),
        RequestId.of(row.getString("request_id")),
        new Recipient(Recipient.Kind.valueOf(row.getString("recipient_kind")), row.getString("recipient_id")),
        Sql.instant(row, "arose_nanos"),
        read(row.getString("template_values")));
  }

  private static String write(Map<String, String> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a notification's values did not write", e);
    }
  }

  private static Map<String, String> read(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored notification's values do not read: " + e.getOriginalMessage(), e);
    }
  }

  private record Positioned(long position, Notification notification) {}
}
