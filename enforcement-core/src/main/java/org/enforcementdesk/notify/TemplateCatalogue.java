package org.enforcementdesk.notify;

import static org.enforcementdesk.notify.NotificationKind.ACCEPTANCE_NOTICE;
import static org.enforcementdesk.notify.NotificationKind.CALLBACK_DUE;
import static org.enforcementdesk.notify.NotificationKind.DEADLINE_CHANGE_NOTICE;
import static org.enforcementdesk.notify.NotificationKind.DEADLINE_NOTICE;
import static org.enforcementdesk.notify.NotificationKind.DEADLINE_REVISED;
import static org.enforcementdesk.notify.NotificationKind.DELEGATION;
import static org.enforcementdesk.notify.NotificationKind.DELEGATION_OVERDUE;
import static org.enforcementdesk.notify.NotificationKind.ESCALATION;
import static org.enforcementdesk.notify.NotificationKind.EVALUATION_INVITATION;
import static org.enforcementdesk.notify.NotificationKind.NOTIFICATION_PARKED;
import static org.enforcementdesk.notify.NotificationKind.ORDER_PARKED;
import static org.enforcementdesk.notify.NotificationKind.PROGRESS;
import static org.enforcementdesk.notify.NotificationKind.RECTIFICATION_ASSIGNED;
import static org.enforcementdesk.notify.NotificationKind.REJECTION;
import static org.enforcementdesk.notify.NotificationKind.RESOLUTION_FEEDBACK;
import static org.enforcementdesk.notify.NotificationKind.RISK_ALERT;
import static org.enforcementdesk.notify.NotificationKind.SLA_BREACH;
import static org.enforcementdesk.notify.NotificationKind.SLA_WARNING;
import static org.enforcementdesk.notify.NotificationKind.URGE_RECEIPT;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The contract between the desk and the templates: which values each kind of notification carries, what each value
 * holds, which template keys a file has and which placeholders each may use. {@link NotificationTemplates} documents
 * it for readers; this class is the one place it is written down for the code.
 */
final class TemplateCatalogue {

  static final String REQUEST_ID = "requestId";
  static final String CASE_NUMBER = "caseNumber";
  static final String DUPLICATE_ID = "duplicateId";

  static final String PROVISIONAL_YEARS = "provisionalYears";

  /** The variant of {@link NotificationKind#URGE_RECEIPT} for a duplicate submission linked to the open request. */
  static final String LINKED_URGE_RECEIPT = "URGE_RECEIPT.linked";

  /**
   * The sentence added to a party's notice whose date is provisional (it carries {@code provisionalYears}): the year's
   * holiday arrangement is not published, so the date may move. Not a notification of its own.
   */
  static final String PROVISIONAL_NOTE = "PROVISIONAL_NOTE";

  /** Longer than any notice a court sends as SMS or app push; a longer text is a pasted document, not a template. */
  static final int MAX_LENGTH = 500;

  private static final ImmutableMap<String, ValueKind> VALUE_KINDS =
      ImmutableMap.<String, ValueKind>builder()
          .put(REQUEST_ID, ValueKind.REQUEST_ID)
          .put(CASE_NUMBER, ValueKind.CASE_NUMBER)
          .put("type", ValueKind.TEXT)
          .put("typeEn", ValueKind.TEXT)
          .put("urgency", ValueKind.URGENCY)
          .put("tier", ValueKind.TIER)
          .put("fromTier", ValueKind.TIER)
          .put("toTier", ValueKind.TIER)
          .put("due", ValueKind.DATE_TIME)
          .put("target", ValueKind.SLA_TARGET)
          .put("progress", ValueKind.TEXT)
          .put("result", ValueKind.TEXT)
          .put("reason", ValueKind.TEXT)
          .put("risk", ValueKind.RISK)
          .put("resolver", ValueKind.TEXT)
          .put("aspect", ValueKind.ASPECT)
          .put(DUPLICATE_ID, ValueKind.REQUEST_ID)
          .put("was", ValueKind.DATE_TIME)
          .put("deadline", ValueKind.DEADLINE)
          .put("entry", ValueKind.DUE)
          .put("notice", ValueKind.NOTICE)
          .put(PROVISIONAL_YEARS, ValueKind.YEARS)
          .build();

  private static final ImmutableMap<NotificationKind, ImmutableSet<String>> REQUIRED = required();

  private static final ImmutableMap<NotificationKind, ImmutableSet<String>> OPTIONAL =
      Maps.immutableEnumMap(Map.of(
          URGE_RECEIPT, ImmutableSet.of(DUPLICATE_ID, PROVISIONAL_YEARS),
          ACCEPTANCE_NOTICE, ImmutableSet.of(PROVISIONAL_YEARS),
          DEADLINE_NOTICE, ImmutableSet.of(PROVISIONAL_YEARS),
          DEADLINE_CHANGE_NOTICE, ImmutableSet.of(PROVISIONAL_YEARS)));

  private static final ImmutableList<String> KEYS = templateKeys();

  private TemplateCatalogue() {}

  private static ImmutableMap<NotificationKind, ImmutableSet<String>> required() {
    EnumMap<NotificationKind, ImmutableSet<String>> m = new EnumMap<>(NotificationKind.class);
    m.put(ACCEPTANCE_NOTICE, ImmutableSet.of(CASE_NUMBER, "type", "typeEn", "urgency", "tier", "due"));
    m.put(DEADLINE_NOTICE, ImmutableSet.of(CASE_NUMBER, "urgency", "due"));
    m.put(PROGRESS, ImmutableSet.of(CASE_NUMBER, "progress"));
    m.put(URGE_RECEIPT, ImmutableSet.of(CASE_NUMBER, "due"));
    m.put(RESOLUTION_FEEDBACK, ImmutableSet.of(CASE_NUMBER, "result"));
    m.put(EVALUATION_INVITATION, ImmutableSet.of(CASE_NUMBER));
    m.put(REJECTION, ImmutableSet.of(CASE_NUMBER, "reason"));
    m.put(SLA_WARNING, ImmutableSet.of(CASE_NUMBER, "urgency", "target", "due"));
    m.put(SLA_BREACH, ImmutableSet.of(CASE_NUMBER, "urgency", "target", "due"));
    m.put(ESCALATION, ImmutableSet.of(CASE_NUMBER, "fromTier", "toTier", "reason"));
    m.put(RISK_ALERT, ImmutableSet.of(CASE_NUMBER, "risk", "reason"));
    m.put(CALLBACK_DUE, ImmutableSet.of(CASE_NUMBER, "due"));
    m.put(DELEGATION, ImmutableSet.of(CASE_NUMBER, "type", "typeEn", "resolver"));
    m.put(DELEGATION_OVERDUE, ImmutableSet.of(CASE_NUMBER, "resolver", "due"));
    m.put(RECTIFICATION_ASSIGNED, ImmutableSet.of(CASE_NUMBER, "aspect", "due"));
    m.put(DEADLINE_CHANGE_NOTICE, ImmutableSet.of(CASE_NUMBER, "was", "due"));
    m.put(DEADLINE_REVISED, ImmutableSet.of(CASE_NUMBER, "deadline", "was", "due"));
    m.put(ORDER_PARKED, ImmutableSet.of(CASE_NUMBER, "entry", "reason"));
    m.put(NOTIFICATION_PARKED, ImmutableSet.of(CASE_NUMBER, "notice", "reason"));
    // A kind added to the enum without its values fails here, when the class loads, not at the first render.
    for (NotificationKind kind : NotificationKind.values()) {
      if (!m.containsKey(kind)) {
        throw new AssertionError("no values defined for notification kind " + kind);
      }
    }
    return Maps.immutableEnumMap(m);
  }

  private static ImmutableList<String> templateKeys() {
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    for (NotificationKind kind : NotificationKind.values()) {
      keys.add(kind.name());
      if (kind == URGE_RECEIPT) {
        keys.add(LINKED_URGE_RECEIPT);
      }
    }
    return keys.add(PROVISIONAL_NOTE).build();
  }

  /** The values a notification of {@code kind} must carry, in the order they are documented. */
  static ImmutableSet<String> requiredValues(NotificationKind kind) {
    return REQUIRED.get(kind);
  }

  /** The values a notification of {@code kind} may carry besides the required ones. */
  static ImmutableSet<String> optionalValues(NotificationKind kind) {
    return OPTIONAL.getOrDefault(kind, ImmutableSet.of());
  }

  /** What the value {@code name} holds; null for a name no kind uses. */
  static ValueKind valueKind(String name) {
    return VALUE_KINDS.get(name);
  }

  /** Every template key a file must have for each language, in file order. */
  static ImmutableList<String> keys() {
    return KEYS;
  }

  /** Whether {@code key} is a template key a file has. */
  static boolean isKey(String key) {
    return KEYS.contains(key);
  }

  /** The kind a template key belongs to; null for an unknown key and for {@link #PROVISIONAL_NOTE}. */
  static NotificationKind kindOf(String key) {
    if (key.equals(LINKED_URGE_RECEIPT)) {
      return URGE_RECEIPT;
    }
    for (NotificationKind kind : NotificationKind.values()) {
      if (kind.name().equals(key)) {
        return kind;
      }
    }
    return null;
  }

  /** The placeholders the template {@code key} may use: the request id and its kind's values; {@code key} known. */
  static ImmutableSet<String> placeholders(String key) {
    if (key.equals(PROVISIONAL_NOTE)) {
      return ImmutableSet.of(PROVISIONAL_YEARS);
    }
    ImmutableSet.Builder<String> names = ImmutableSet.<String>builder().add(REQUEST_ID);
    names.addAll(REQUIRED.get(kindOf(key)));
    if (key.equals(LINKED_URGE_RECEIPT)) {
      names.add(DUPLICATE_ID);
    }
    return names.build();
  }

  /** What is wrong with {@code text} as the template of the known {@code key}; empty if nothing. */
  static List<String> problems(String key, String text) {
    List<String> problems = new ArrayList<>();
    if (text.isBlank()) {
      problems.add("the template is blank");
      return problems;
    }
    if (text.length() > MAX_LENGTH) {
      problems.add("the template is " + text.length() + " characters long, more than " + MAX_LENGTH);
    }
    Template template;
    try {
      template = Template.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
      return problems;
    }
    ImmutableSet<String> allowed = placeholders(key);
    for (String name : template.placeholders()) {
      if (!allowed.contains(name)) {
        problems.add("unknown placeholder {" + name + "} (" + key + " may use " + braced(allowed) + ")");
      }
    }
    boolean note = key.equals(PROVISIONAL_NOTE);
    if (note && !template.placeholders().contains(PROVISIONAL_YEARS)) {
      problems.add("the note names no year: it must contain {provisionalYears}");
    }
    if (!note && !template.placeholders().contains(REQUEST_ID) && !template.placeholders().contains(CASE_NUMBER)) {
      problems.add("the template names no request: it must contain {requestId} or {caseNumber}");
    }
    return problems;
  }

  /**
   * The template key for {@code n}, after checking that its values are exactly what its kind carries.
   *
   * @throws IllegalArgumentException naming the notification's key, its kind and the value that is missing,
   *     unexpected or malformed
   */
  static String keyFor(Notification n) {
    NotificationKind kind = n.kind();
    ImmutableSet<String> required = REQUIRED.get(kind);
    ImmutableSet<String> optional = optionalValues(kind);
    for (String name : n.values().keySet()) {
      if (name.equals(REQUEST_ID)) {
        throw new IllegalArgumentException(
            where(n) + "carries a value 'requestId': the request id comes from the notification itself");
      }
      if (!required.contains(name) && !optional.contains(name)) {
        throw new IllegalArgumentException(
            where(n) + "carries an unexpected value '" + name + "' (" + kind + " carries " + described(kind) + ")");
      }
    }
    for (String name : required) {
      if (!n.values().containsKey(name)) {
        throw new IllegalArgumentException(
            where(n) + "has no value for placeholder {" + name + "} (" + kind + " carries " + described(kind) + ")");
      }
    }
    // Every value is checked, not just those the template uses, so that whether a notification renders does not
    // depend on the language or on which values a court's template happens to leave out.
    for (String name : n.values().keySet()) {
      show(n, name, Language.ZH_CN);
    }
    return kind == URGE_RECEIPT && n.values().containsKey(DUPLICATE_ID) ? LINKED_URGE_RECEIPT : kind.name();
  }

  /**
   * The value of placeholder {@code name} of {@code n} as {@code language} shows it, masked.
   *
   * @throws IllegalArgumentException if the value is malformed, naming the notification, the kind and the value
   */
  static String show(Notification n, String name, Language language) {
    String raw = name.equals(REQUEST_ID) ? n.requestId().value() : n.values().get(name);
    ValueKind kind = VALUE_KINDS.get(name);
    String shown;
    try {
      shown = kind.show(raw, language);
    } catch (IllegalArgumentException e) {
      // The raw value goes into the message masked, and the cause (whose message may quote it) is left out:
      // exceptions end up in logs.
      throw new IllegalArgumentException(
          where(n)
              + "has a malformed value for placeholder {"
              + name
              + "}: '"
              + Masking.mask(raw)
              + "' is not "
              + kind.description());
    }
    return Masking.mask(shown);
  }

  private static String where(Notification n) {
    return "notification " + n.idempotencyKey() + " (" + n.kind() + ", request " + n.requestId() + ") ";
  }

  private static String described(NotificationKind kind) {
    String text = String.join(", ", REQUIRED.get(kind));
    ImmutableSet<String> optional = optionalValues(kind);
    return optional.isEmpty() ? text : text + "; optionally " + String.join(", ", optional);
  }

  private static String braced(ImmutableSet<String> names) {
    StringBuilder out = new StringBuilder();
    for (String name : names) {
      out.append(out.length() == 0 ? "" : ", ").append('{').append(name).append('}');
    }
    return out.toString();
  }
}
