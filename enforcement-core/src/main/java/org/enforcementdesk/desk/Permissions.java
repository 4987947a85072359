package org.enforcementdesk.desk;

import static java.util.Objects.requireNonNull;
import static org.enforcementdesk.model.ActorRole.BUREAU_LEADER;
import static org.enforcementdesk.model.ActorRole.CENTER_DIRECTOR;
import static org.enforcementdesk.model.ActorRole.EXTERNAL_RESOLVER;
import static org.enforcementdesk.model.ActorRole.OFFICER;
import static org.enforcementdesk.model.ActorRole.PARTY;
import static org.enforcementdesk.model.ActorRole.PRE_ENFORCEMENT_TEAM;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.PersonalData;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.CommandKind;
import org.enforcementdesk.order.DelegationTarget;
import org.enforcementdesk.order.InvalidInputException;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.policy.DelegationKind;

/**
 * Who may do what: the permission matrix (a role may issue a command at all) and the ownership rules on top of it
 * (a party acts only on their own requests; a resolver only on what is delegated to them, while it is). docs/desk.md
 * shows the same matrix. The system actor issues no commands: it acts only through {@code tick}.
 */
public final class Permissions {

  private static final Set<ActorRole> STAFF = EnumSet.of(OFFICER, CENTER_DIRECTOR, BUREAU_LEADER);
  private static final Set<ActorRole> LEADERS = EnumSet.of(CENTER_DIRECTOR, BUREAU_LEADER);
  private static final Set<ActorRole> RESOLVERS = EnumSet.of(PRE_ENFORCEMENT_TEAM, EXTERNAL_RESOLVER);

  private static final ImmutableSetMultimap<CommandKind, ActorRole> MATRIX =
      ImmutableSetMultimap.<CommandKind, ActorRole>builder()
          .put(CommandKind.SUBMIT, PARTY)
          .putAll(CommandKind.SUBMIT, STAFF) // a clerk at the window or on the hotline records it
          .putAll(CommandKind.ACCEPT, STAFF)
          .putAll(CommandKind.REJECT, STAFF)
          .putAll(CommandKind.ASSIGN, STAFF)
          .putAll(CommandKind.NOTE_PROGRESS, STAFF)
          .putAll(CommandKind.NOTE_PROGRESS, RESOLVERS)
          .putAll(CommandKind.PAUSE, STAFF)
          .putAll(CommandKind.RESUME, STAFF)
          .put(CommandKind.URGE, PARTY)
          .putAll(CommandKind.URGE, STAFF) // an urge by phone, recorded by the officer who took the call
          .putAll(CommandKind.ESCALATE, STAFF)
          .putAll(CommandKind.CHANGE_URGENCY, LEADERS)
          .putAll(CommandKind.FLAG_RISK, STAFF)
          .putAll(CommandKind.DELEGATE, STAFF)
          .putAll(CommandKind.RETURN_DELEGATION, STAFF)
          .putAll(CommandKind.RETURN_DELEGATION, RESOLVERS)
          .putAll(CommandKind.RESOLVE, STAFF)
          .putAll(CommandKind.RESOLVE, RESOLVERS)
          .putAll(CommandKind.RECORD_CALLBACK, STAFF)
          .put(CommandKind.EVALUATE, PARTY)
          .putAll(CommandKind.EVALUATE, STAFF) // ratings taken down during a callback
          .putAll(CommandKind.CLOSE, STAFF)
          .put(CommandKind.WITHDRAW, PARTY)
          .putAll(CommandKind.WITHDRAW, STAFF) // on the party's instruction
          .putAll(CommandKind.REOPEN, LEADERS)
          .putAll(CommandKind.RECORD_RECTIFICATION_MEASURE, STAFF)
          .putAll(CommandKind.CLOSE_RECTIFICATION, LEADERS) // verification is the director's or leader's
          .putAll(CommandKind.RECORD_CONTACT, STAFF)
          .putAll(CommandKind.REPORT_PETITION, STAFF)
          .putAll(CommandKind.CONCLUDE_PETITION, STAFF)
          .putAll(CommandKind.RECORD_RISK_UPKEEP, STAFF)
          .putAll(CommandKind.CLOSE_RISK_CASE, LEADERS) // a risk case closes only on authority
          .build();

  private Permissions() {}

  /** The matrix: for each command, the roles that may issue it (subject to ownership). */
  public static ImmutableSetMultimap<CommandKind, ActorRole> matrix() {
    return MATRIX;
  }

  /** Whether the role may issue the command at all. */
  public static boolean roleMay(ActorRole role, CommandKind command) {
    return MATRIX.containsEntry(command, role);
  }

  /** Checks a submission: a party submits only in their own name. */
  static void checkSubmit(Actor actor, Request request) {
    if (!roleMay(actor.role(), CommandKind.SUBMIT)) {
      throw new PermissionDeniedException(actor, CommandKind.SUBMIT, "a request", "the role may not submit");
    }
    if (actor.role() == PARTY && !request.requester().id().equals(actor.id())) {
      throw new PermissionDeniedException(
          actor, CommandKind.SUBMIT, "request " + shown(request.id()), "a party submits only in their own name");
    }
  }

  /**
   * Checks that the actor may use the staff's desk, whose answers are whole work orders: parties and resolvers use
   * their own desks, which answer with what they may see.
   */
  static void checkStaffDesk(Actor actor, CommandKind command) {
    audienceDesk(actor).ifPresent(own -> {
      throw new PermissionDeniedException(actor, command, "through the staff's desk", own);
    });
  }

  /** Checks that the viewer may read whole work orders: court staff only, before anything is loaded. */
  static void checkStaffDeskRead(Actor viewer) {
    requireNonNull(viewer, "viewer");
    audienceDesk(viewer).ifPresent(own -> {
      throw new PermissionDeniedException(viewer, "work orders through the staff's desk", own);
    });
    if (!viewer.role().isCourtStaff()) {
      throw new PermissionDeniedException(viewer, "work orders", "only court staff read whole work orders");
    }
  }

  /** For a party or a resolver, where they act instead of the staff's desk; empty for anyone else. */
  private static Optional<String> audienceDesk(Actor actor) {
    if (actor.role() == PARTY) {
      return Optional.of("a party acts through desk.forParty(partyId), which answers with what a party may see");
    }
    if (actor.role().isResolver()) {
      return Optional.of(
          "a resolver acts through desk.forResolver(resolver), which answers with what a resolver may see");
    }
    return Optional.empty();
  }

  /** Checks that the actor's role may issue a command on work orders at all: before anything is loaded. */
  static void checkRole(Actor actor, CommandKind command) {
    if (!roleMay(actor.role(), command)) {
      throw new PermissionDeniedException(actor, command, "a work order", "the role " + actor.role() + " may not");
    }
  }

  /** Checks that the actor may act on this work order: court staff always, others only on their own. */
  static void checkOwner(Actor actor, CommandKind command, WorkOrder order) {
    if (!owns(actor, order)) {
      throw new PermissionDeniedException(actor, command, "work order " + shown(order.id()), whyNotOwner(actor));
    }
  }

  /** Checks a command on an enforcement case's own record: court staff only, some for leaders only. */
  static void checkCaseCommand(Actor actor, CommandKind command, CaseNumber caseNumber) {
    if (!roleMay(actor.role(), command)) {
      throw new PermissionDeniedException(actor, command, "case " + caseNumber, "the role " + actor.role() + " may not");
    }
  }

  /** Checks that an actor may see a case's own record (contacts, petitions, risk cases): court staff only. */
  static void checkCaseRead(Actor actor, String what) {
    if (!actor.role().isCourtStaff()) {
      throw new PermissionDeniedException(actor, what, "only court staff see case records, risk cases and rectification");
    }
  }

  /** Checks that the viewer is court staff, who alone see work queues. */
  static void checkStaff(Actor viewer, String what) {
    requireNonNull(viewer, "viewer");
    if (!viewer.role().isCourtStaff()) {
      throw new PermissionDeniedException(viewer, what, "only court staff see work queues");
    }
  }

  /** Checks that the actor leads the centre (its director or the bureau leader), who alone handle parked work. */
  static void checkLeader(Actor actor, String what) {
    requireNonNull(actor, "actor");
    if (!LEADERS.contains(actor.role())) {
      throw new PermissionDeniedException(actor, what, "only the centre director and the bureau leader handle parked work");
    }
  }

  /**
   * Fails for an order that does not exist: court staff learn that it does not exist; anyone else gets the same
   * refusal as for an order that is not theirs, so probing ids reveals nothing about other parties' requests.
   *
   * @param command the command tried, or null for a query
   */
  static RuntimeException unknownOrder(Actor actor, CommandKind command, RequestId id) {
    if (actor.role().isCourtStaff()) {
      return new InvalidInputException("no work order " + shown(id));
    }
    String what = "work order " + shown(id);
    return command == null
        ? new PermissionDeniedException(actor, what, whyNotOwner(actor))
        : new PermissionDeniedException(actor, command, what, whyNotOwner(actor));
  }

  /** Whether the actor may see and act on this order at all (court staff always; others only their own). */
  static boolean owns(Actor actor, WorkOrder order) {
    ActorRole role = actor.role();
    if (role.isCourtStaff()) {
      return true;
    }
    if (role == PARTY) {
      return order.request().requester().id().equals(actor.id());
    }
    if (role.isResolver()) {
      return order.delegation().map(target -> isDelegatedTo(target, actor)).orElse(false);
    }
    return false;
  }

  /** Whether a delegation is to this resolver: the same id, and the kind of account its role acts for. */
  static boolean isDelegatedTo(DelegationTarget target, Actor actor) {
    boolean teamMatches = (target.kind() == DelegationKind.PRE_ENFORCEMENT_TEAM) == (actor.role() == PRE_ENFORCEMENT_TEAM);
    return teamMatches && target.resolverId().equals(actor.id());
  }

  /** An id as a refusal quotes it: masked where it looks like a phone or identity number. */
  static String shown(RequestId id) {
    return PersonalData.maskText(id.value());
  }

  private static String whyNotOwner(Actor actor) {
    return switch (actor.role()) {
      case PARTY -> "a party sees and acts on their own requests only";
      case PRE_ENFORCEMENT_TEAM, EXTERNAL_RESOLVER -> "a resolver sees and acts only on what is delegated to them now";
      default -> "the role has no access to work orders";
    };
  }
}
