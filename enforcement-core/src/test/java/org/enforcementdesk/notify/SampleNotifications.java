package org.enforcementdesk.notify;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.enforcementdesk.model.RequestId;

/** Notifications with every value their kind carries, for tests; fixed instants, no clock. */
final class SampleNotifications {

  static final Instant AT = Instant.parse("2026-03-02T01:30:00Z");
  static final String REQUEST_ID = "R-2026-000123";
  static final String CASE_NUMBER = "（2025）闽0322执1234号";
  static final Recipient PARTY = new Recipient(Recipient.Kind.PARTY, "P-1");
  static final Recipient DIRECTOR = new Recipient(Recipient.Kind.TIER, "CENTER_DIRECTOR");

  private SampleNotifications() {}

  /** A valid value for every name any kind carries. */
  static final ImmutableMap<String, String> VALUES =
      ImmutableMap.<String, String>builder()
          .put("caseNumber", CASE_NUMBER)
          .put("type", "申请续封")
          .put("typeEn", "renew a seizure")
          .put("urgency", "URGENT")
          .put("tier", "OFFICER")
          .put("fromTier", "OFFICER")
          .put("toTier", "CENTER_DIRECTOR")
          .put("due", "2026-03-05T17:00+08:00")
          .put("target", "RESOLUTION")
          .put("progress", "已联系被执行人，约定3月4日到院履行。")
          .put("result", "车辆已续封，续封期限两年。")
          .put("reason", "同一案件30日内第3次诉求")
          .put("risk", "REPEATED_VISITS")
          .put("resolver", "后沁村调解主任")
          .put("aspect", "ATTITUDE")
          .put("duplicateId", "R-2026-000124")
          .put("was", "2027-02-08T17:30+08:00")
          .put("deadline", "RESOLUTION")
          .put("entry", "RESOLUTION_DUE")
          .put("notice", "ACCEPTANCE_NOTICE")
          .put("provisionalYears", "2027")
          .build();

  /** The values a notification of {@code kind} carries, all of them, and no optional ones. */
  static ImmutableMap<String, String> valuesOf(NotificationKind kind) {
    ImmutableMap.Builder<String, String> values = ImmutableMap.builder();
    for (String name : NotificationTemplates.valuesOf(kind)) {
      values.put(name, VALUES.get(name));
    }
    return values.build();
  }

  /** A notification of {@code kind} about {@link #REQUEST_ID}, to the party, with all its values. */
  static Notification of(NotificationKind kind) {
    return of(kind.name() + ":1", kind, REQUEST_ID, PARTY, valuesOf(kind));
  }

  /** A notification with these particulars. */
  static Notification of(
      String key, NotificationKind kind, String requestId, Recipient recipient, Map<String, String> values) {
    return Notification.of(key, kind, RequestId.of(requestId), recipient, AT, values);
  }

  /** {@link #of(NotificationKind)} with one value replaced (or added). */
  static Notification withValue(NotificationKind kind, String name, String value) {
    Map<String, String> values = new TreeMap<>(valuesOf(kind));
    values.put(name, value);
    return of(kind.name() + ":1", kind, REQUEST_ID, PARTY, values);
  }
}
