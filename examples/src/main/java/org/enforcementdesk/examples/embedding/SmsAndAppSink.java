package org.enforcementdesk.examples.embedding;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enforcementdesk.model.PersonalData;
import org.enforcementdesk.notify.Notification;
import org.enforcementdesk.notify.NotificationKind;
import org.enforcementdesk.notify.NotificationSink;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.notify.Recipient;

/**
 * The host's delivery of notifications: a party gets an SMS, or an app push if they use the court's app, in the
 * language they read; court staff and resolvers get a message on the court's internal app, in Chinese. Here the
 * gateways are stood in for by an in-memory message log ({@link #sent()}); a production host calls its SMS gateway
 * and push service where this class sends.
 *
 * <p>What a host must take care of here:
 *
 * <ul>
 *   <li><b>Exactly once.</b> The dispatcher delivers at least once: after a crash between delivery and its
 *       acknowledgement the same notification comes again. The sink remembers the idempotency keys it has sent
 *       (production: a unique key column in the message log) and sends each once.
 *   <li><b>Failures.</b> Throwing leaves the notification pending; the dispatcher offers it again next run and holds
 *       back later messages of the same conversation meanwhile, so nobody reads "resolved" before "accepted".
 *   <li><b>Personal data.</b> Notifications carry ids, not phone numbers: the sink looks the number up in the host's
 *       own records, gives it to the gateway, and keeps only the masked number in its log. Rendering masks anything
 *       that looks like a phone or identity number inside the text too (an officer's note that quotes a number).
 * </ul>
 */
public final class SmsAndAppSink implements NotificationSink {

  /** How a message went out. */
  public enum Route {
    /** A text message to the party's phone. */
    SMS,
    /** A push to the party's account in the court's app. */
    APP_PUSH,
    /** A message on the court's internal app, to staff or a resolver. */
    COURT_APP
  }

  /**
   * One message as the host's message log keeps it: never a full phone number.
   *
   * @param idempotencyKey the notification's key
   * @param kind what kind of notification
   * @param recipient who it was for, by the host's ids
   * @param route how it went out
   * @param address where it went: the masked phone ({@code 138****1234}), {@code app:party id}, or the staff
   *     recipient
   * @param text the rendered text, as sent
   * @param sentAt when the host sent it, by its clock
   */
  public record Message(
      String idempotencyKey, NotificationKind kind, Recipient recipient, Route route, String address, String text,
      Instant sentAt) {}

  private final PartyContacts contacts;
  private final NotificationTemplates templates;
  private final Clock clock;
  private final Set<String> sentKeys = new HashSet<>();
  private final List<Message> log = new ArrayList<>();
  private volatile boolean smsGatewayDown;

  /**
   * A sink rendering with {@code templates}.
   *
   * @param contacts the host's party contacts; not null
   * @param templates the court's templates ({@link NotificationTemplates#defaults()} or its own file); not null
   * @param clock the host's clock, for the log's send times; not null
   */
  public SmsAndAppSink(PartyContacts contacts, NotificationTemplates templates, Clock clock) {
    this.contacts = requireNonNull(contacts, "contacts");
    this.templates = requireNonNull(templates, "templates");
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public synchronized void deliver(Notification notification) throws IOException {
    if (sentKeys.contains(notification.idempotencyKey())) {
      return; // a redelivery after a lost acknowledgement: sent already
    }
    Message message = notification.recipient().kind() == Recipient.Kind.PARTY
        ? toParty(notification)
        : toCourt(notification);
    send(message);
    sentKeys.add(notification.idempotencyKey());
    log.add(message);
  }

  private Message toParty(Notification n) {
    // No contact: throw, so the message waits (and the dispatcher logs it) until the host has the party's number.
    PartyContacts.Contact contact = contacts.find(n.recipient().id())
        .orElseThrow(() -> new IllegalStateException("no contact for party " + n.recipient().id()));
    String text = templates.render(n, contact.language());
    return contact.usesApp()
        ? message(n, Route.APP_PUSH, "app:" + contact.partyId(), text)
        : message(n, Route.SMS, PersonalData.maskPhone(contact.phone()), text);
  }

  private Message toCourt(Notification n) {
    // Staff read Chinese; the recipient is a user id, a tier's duty roster or a resolver's account.
    return message(n, Route.COURT_APP, n.recipient().toString(), templates.render(n, NotificationTemplates.DEFAULT_LANGUAGE));
  }

  private Message message(Notification n, Route route, String address, String text) {
    return new Message(n.idempotencyKey(), n.kind(), n.recipient(), route, address, text, clock.instant());
  }

  /** Where a production host calls its SMS gateway (with the full number) or push service. */
  private void send(Message message) throws IOException {
    if (message.route() == Route.SMS && smsGatewayDown) {
      throw new IOException("SMS gateway unavailable");
    }
  }

  /** Simulates an outage of the SMS gateway (app and internal messages still go out), to show retries. */
  public void smsGatewayDown(boolean down) {
    this.smsGatewayDown = down;
  }

  /** The message log, oldest first. */
  public synchronized List<Message> sent() {
    return List.copyOf(log);
  }

  /**
   * The messages sent in a month, by kind: the host's count behind the indicator {@code notifications_pushed} (the
   * outbox keeps totals, not times).
   *
   * @param month the month; not null
   * @param zone the zone the month is read in (the calendar's); not null
   * @return the counts, kinds with none left out; not null
   */
  public synchronized Map<NotificationKind, Long> sentByKind(YearMonth month, ZoneId zone) {
    Map<NotificationKind, Long> counts = new EnumMap<>(NotificationKind.class);
    for (Message m : log) {
      if (YearMonth.from(m.sentAt().atZone(zone)).equals(month)) {
        counts.merge(m.kind(), 1L, Long::sum);
      }
    }
    return counts;
  }
}
