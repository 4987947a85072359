package org.enforcementdesk.examples.embedding;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.enforcementdesk.calendar.WorkingCalendar;
import org.enforcementdesk.desk.EnforcementDesk;
import org.enforcementdesk.desk.ResolverDirectory;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.RequestFacts;
import org.enforcementdesk.notify.NotificationDispatcher;
import org.enforcementdesk.notify.NotificationTemplates;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DelegationKind;
import org.enforcementdesk.rules.DroolsDecisionPolicy;
import org.enforcementdesk.rules.RuleBook;
import org.enforcementdesk.store.InMemoryRequestLedger;
import org.enforcementdesk.store.RequestLedger;

/**
 * The host's wiring of Enforcement Desk, done once at start-up: the rule book, the court's calendar, the resolvers it
 * works with, the ledger, and the host's clock; then the adapters around the desk (intake channels, the notification
 * sink, the scheduler hook, the monthly indicators).
 *
 * <pre>{@code
 * CourtSystem court = CourtSystem.start(Clock.system(ZoneId.of("Asia/Shanghai")), caseSystem::factsOf);
 * court.channels().submit(hotlineCall);          // from the host's intake screens
 * court.scheduler().run();                       // from the host's scheduler, every minute
 * court.indicators().report(YearMonth.of(2026, 3), casesThisMonth).toJson();
 * }</pre>
 */
public final class CourtSystem {

  /** The court's pre-enforcement resolution team (执前化解团队): one account the whole team acts through. */
  public static final DelegationTarget PRE_ENFORCEMENT_TEAM =
      new DelegationTarget(DelegationKind.PRE_ENFORCEMENT_TEAM, "pre-team", "执前化解团队");

  /** The mediation director of 后沁村, who takes small livelihood cases of parties living there. */
  public static final DelegationTarget HOUQIN_MEDIATOR =
      new DelegationTarget(DelegationKind.VILLAGE_MEDIATOR, "vm-houqin", "后沁村调解主任");

  private final WorkingCalendar calendar;
  private final ResolverDirectory resolvers;
  private final EnforcementDesk desk;
  private final HostChannels channels;
  private final SmsAndAppSink sink;
  private final DeskScheduler scheduler;
  private final MonthlyIndicators indicators;

  private CourtSystem(Clock clock, Function<CaseNumber, RequestFacts> caseSystem) {
    // The host's clock, everywhere: the library never reads the system clock, so one Clock drives deadlines, the
    // rule book's version stamp, ticks and the message log alike (and a test swaps in simulated time).
    calendar = CourtCalendar.load();
    resolvers = ResolverDirectory.builder()
        .add(PRE_ENFORCEMENT_TEAM)
        .addVillageMediator("后沁村", HOUQIN_MEDIATOR)
        .build();
    // Production: a JDBC ledger (events, due index and outbox in one transaction) in place of the in-memory one,
    // and a ReloadablePolicy, so the court's edited rule folder is swapped in without a restart.
    RequestLedger ledger = new InMemoryRequestLedger();
    desk = EnforcementDesk.builder()
        .policy(new DroolsDecisionPolicy(RuleBook.defaults(clock.instant())))
        .calendar(calendar)
        .resolvers(resolvers)
        .ledger(ledger)
        .clock(clock)
        .build();

    PartyContacts contacts = new PartyContacts();
    channels = new HostChannels(desk, TaxonomyFile.defaults(), contacts, caseSystem);
    sink = new SmsAndAppSink(contacts, NotificationTemplates.defaults(), clock);
    scheduler = new DeskScheduler(desk, new NotificationDispatcher(ledger, sink), clock);
    indicators = new MonthlyIndicators(ledger, calendar, sink, clock);
  }

  /**
   * Wires the court's desk.
   *
   * @param clock the host's clock; not null
   * @param caseSystem the host's case records: for a case number, the facts the rules read (cause of action,
   *     amount at stake, the party's village, ...); not null
   * @return the running system, not null
   * @throws IllegalArgumentException if the court's calendar files are malformed
   */
  public static CourtSystem start(Clock clock, Function<CaseNumber, RequestFacts> caseSystem) {
    return new CourtSystem(requireNonNull(clock, "clock"), requireNonNull(caseSystem, "caseSystem"));
  }

  /** The desk, for the host's own screens: officers' commands and queries. */
  public EnforcementDesk desk() {
    return desk;
  }

  /** The court's working calendar, the one the desk runs on. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The intake adapter for the window, the hotline and the app. */
  public HostChannels channels() {
    return channels;
  }

  /** The notification sink, with its message log. */
  public SmsAndAppSink sink() {
    return sink;
  }

  /** The hook for the host's scheduler. */
  public DeskScheduler scheduler() {
    return scheduler;
  }

  /** The monthly indicators. */
  public MonthlyIndicators indicators() {
    return indicators;
  }

  /**
   * The account the rules suggest delegating this order to, as the court lists it: the mediator of the party's
   * village, or the pre-enforcement team. A suggestion is advice shown to the officer, who decides; empty when the
   * rules suggest nothing or the court lists no such account (a village without a mediator on the system).
   */
  public Optional<DelegationTarget> suggestedResolver(WorkOrder order) {
    return order.decision()
        .flatMap(decision -> decision.delegationSuggestion())
        .flatMap(resolvers::accountFor);
  }

  /** The actor a resolver's account acts as when it logs in: the team's role for the team, else an external one. */
  public static Actor actorOf(DelegationTarget account) {
    ActorRole role = account.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM
        ? ActorRole.PRE_ENFORCEMENT_TEAM
        : ActorRole.EXTERNAL_RESOLVER;
    return Actor.resolver(role, account.resolverId());
  }
}
