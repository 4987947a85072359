package org.enforcementdesk.examples.embedding;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Function;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.Submission;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Party;
import org.enforcementdesk.model.PartyRole;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.model.Taxonomy;
import org.enforcementdesk.view.PartySubmission;

/**
 * Turns the host's own intake records into {@link Request}s and submits them: a visit logged by the window clerk,
 * a call taken on the 12368 hotline, a message sent through the court's app. Each channel keeps its own record
 * format; this adapter is the one place that knows both sides.
 *
 * <p>What a host must take care of here:
 *
 * <ul>
 *   <li><b>Idempotent retries.</b> The request id is derived from the host's own record id, never generated afresh,
 *       so resubmitting the same record after a timeout returns the same work order ({@code submit} is idempotent
 *       for the same id and content) instead of opening a second one.
 *   <li><b>Receipt time.</b> {@code receivedAt} is when the party came or called, from the record, not when the
 *       host got round to submitting: deadlines count from receipt.
 *   <li><b>Facts from the case system.</b> Cause of action, amount at stake and the party's village come from the
 *       host's case records, not from what a caller says; the rules read them (livelihood cases, village mediators).
 *   <li><b>Who submits.</b> The clerk and the hotline operator submit as court staff; in the app, the party submits
 *       in their own name (the desk refuses a party submitting in another's name).
 * </ul>
 */
public final class HostChannels {

  /**
   * Who came, called or wrote: the host's party record as its intake screen fills it in.
   *
   * @param partyId the host's party id; not null
   * @param role the party's role in the case; not null
   * @param name the name on the case file; not null
   * @param phone the mobile number; not null
   * @param language the language the party reads (zh-CN or en); not null
   */
  public record Caller(String partyId, PartyRole role, String name, String phone, Locale language) {}

  /**
   * A visit to the enforcement service centre's window, as the clerk logs it.
   *
   * @param ticket the queue ticket number, unique per day and window; not null
   * @param at when the party came; not null
   * @param clerkId the clerk's user id; not null
   * @param caller who came; not null
   * @param caseNumber the case number as written on the form; not null
   * @param typeCode the request type the clerk chose, a taxonomy code; not null
   * @param words what the party asked for; not null
   */
  public record WindowVisit(
      String ticket, OffsetDateTime at, String clerkId, Caller caller, String caseNumber, String typeCode,
      String words) {}

  /**
   * A call on the 12368 hotline, as the operator logs it.
   *
   * @param callId the telephone system's call id; not null
   * @param at when the call came in; not null
   * @param operatorId the operator's user id; not null
   * @param caller who called; not null
   * @param caseNumber the case number the caller gave; not null
   * @param typeCode the request type the operator chose; not null
   * @param summary the operator's summary of the call; not null
   */
  public record HotlineCall(
      String callId, OffsetDateTime at, String operatorId, Caller caller, String caseNumber, String typeCode,
      String summary) {}

  /**
   * A message sent through the court's app by a logged-in party.
   *
   * @param messageId the app's message id; not null
   * @param at when the app received it; not null
   * @param sender the logged-in party; not null
   * @param caseNumber the case the party picked from their own cases; not null
   * @param typeCode the request type the party picked from the menu; not null
   * @param text what the party wrote; not null
   */
  public record AppMessage(
      String messageId, OffsetDateTime at, Caller sender, String caseNumber, String typeCode, String text) {}

  private final EnforcementDesk desk;
  private final Taxonomy taxonomy;
  private final PartyContacts contacts;
  private final Function<CaseNumber, RequestFacts> caseFacts;

  /**
   * An adapter submitting to {@code desk}.
   *
   * @param desk the desk; not null
   * @param taxonomy the request types the intake screens offer; not null
   * @param contacts where the host keeps how to reach each party; not null
   * @param caseFacts the host's case system: the facts the rules read about a case; not null
   */
  public HostChannels(
      EnforcementDesk desk, Taxonomy taxonomy, PartyContacts contacts, Function<CaseNumber, RequestFacts> caseFacts) {
    this.desk = requireNonNull(desk, "desk");
    this.taxonomy = requireNonNull(taxonomy, "taxonomy");
    this.contacts = requireNonNull(contacts, "contacts");
    this.caseFacts = requireNonNull(caseFacts, "caseFacts");
  }

  /** Submits a window visit, by the clerk who logged it. */
  public Submission submit(WindowVisit visit) {
    Request request = request("WIN-" + visit.ticket(), Channel.WINDOW, visit.at(), visit.caller(),
        visit.caseNumber(), visit.typeCode(), visit.words());
    return submit(request, visit.caller(), false, Actor.officer(visit.clerkId()));
  }

  /** Submits a hotline call, by the operator who took it. */
  public Submission submit(HotlineCall call) {
    Request request = request("12368-" + call.callId(), Channel.HOTLINE, call.at(), call.caller(),
        call.caseNumber(), call.typeCode(), call.summary());
    return submit(request, call.caller(), false, Actor.officer(call.operatorId()));
  }

  /**
   * Submits an app message, by the party who sent it, through their own desk: the answer is what the app may show
   * them, never the court's record.
   */
  public PartySubmission submit(AppMessage message) {
    Request request = request("APP-" + message.messageId(), Channel.APP, message.at(), message.sender(),
        message.caseNumber(), message.typeCode(), message.text());
    register(message.sender(), true);
    return desk.forParty(message.sender().partyId()).submit(request);
  }

  private Request request(
      String id, Channel channel, OffsetDateTime at, Caller caller, String caseNumber, String typeCode, String text) {
    CaseNumber number = CaseNumber.parse(caseNumber); // throws IllegalArgumentException naming a mistyped number
    return Request.builder()
        .id(RequestId.of(id))
        .caseNumber(number)
        .channel(channel)
        .type(taxonomy.type(typeCode))
        .receivedAt(at)
        .requester(Party.of(caller.partyId(), caller.role(), caller.name()).withPhone(caller.phone()))
        .text(text)
        .facts(caseFacts.apply(number))
        .build();
  }

  private Submission submit(Request request, Caller caller, boolean viaApp, Actor actor) {
    register(caller, viaApp);
    return desk.submit(request, actor);
  }

  /**
   * Registers the caller's contact first: a dispatcher running meanwhile may deliver the acceptance notice as soon as
   * submit has appended it, and the sink must find the party then. A party who once used the app keeps getting
   * pushes even when they call the hotline later.
   */
  private void register(Caller caller, boolean viaApp) {
    boolean usesApp = viaApp || contacts.find(caller.partyId()).map(PartyContacts.Contact::usesApp).orElse(false);
    contacts.register(new PartyContacts.Contact(caller.partyId(), caller.phone(), usesApp, caller.language()));
  }
}
