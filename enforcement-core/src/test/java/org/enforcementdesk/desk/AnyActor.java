package org.enforcementdesk.desk;

import java.util.List;
import java.util.Optional;
import org.enforcementdesk.model.Actor;
import org.enforcementdesk.model.ActorRole;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Evaluation;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestId;
import org.enforcementdesk.order.NoteAudience;
import org.enforcementdesk.order.ResolutionKind;
import org.enforcementdesk.order.WorkOrder;
import org.enforcementdesk.view.PartySubmission;
import org.enforcementdesk.view.PartyView;
import org.enforcementdesk.view.ResolverView;

/**
 * For tests written in terms of any actor: a command or query by a party goes through their {@link PartyDesk}, by a
 * resolver through their {@link ResolverDesk}, and by anyone else through the staff's desk, as a host would route
 * them; the answer is the whole work order afterwards, read as staff, so the test can look at everything. Refusals
 * are the desks' own.
 */
final class AnyActor {

  private static final Actor READER = Actor.bureauLeader("test-reader");

  private AnyActor() {}

  static Submission submit(EnforcementDesk desk, Request request, Actor actor) {
    if (isParty(actor)) {
      PartySubmission s = desk.forParty(actor.id()).submit(request);
      return new Submission(desk.workOrder(s.request().id(), READER), s.linkedToOpenOrder());
    }
    return desk.submit(request, actor);
  }

  static WorkOrder urge(EnforcementDesk desk, RequestId id, Actor actor, String text) {
    if (isParty(actor)) {
      return whole(desk, desk.forParty(actor.id()).urge(id, text).id());
    }
    return desk.urge(id, actor, text);
  }

  static WorkOrder withdraw(EnforcementDesk desk, RequestId id, Actor actor, String reason) {
    if (isParty(actor)) {
      return whole(desk, desk.forParty(actor.id()).withdraw(id, reason).id());
    }
    return desk.withdraw(id, actor, reason);
  }

  static WorkOrder evaluate(EnforcementDesk desk, RequestId id, Actor actor, Evaluation evaluation) {
    if (isParty(actor)) {
      return whole(desk, desk.forParty(actor.id()).evaluate(id, evaluation).id());
    }
    return desk.feedback().evaluate(id, actor, evaluation);
  }

  static WorkOrder noteProgress(EnforcementDesk desk, RequestId id, Actor actor, String note, boolean contact) {
    if (actor.role().isResolver()) {
      return whole(desk, desk.forResolver(actor).noteProgress(id, note, contact).id());
    }
    return desk.noteProgress(id, actor, note, contact);
  }

  static WorkOrder noteProgress(
      EnforcementDesk desk, RequestId id, Actor actor, String note, boolean contact, NoteAudience audience) {
    if (actor.role().isResolver()) {
      return whole(desk, desk.forResolver(actor).noteProgress(id, note, contact, audience).id());
    }
    return desk.noteProgress(id, actor, note, contact, audience);
  }

  static WorkOrder resolve(EnforcementDesk desk, RequestId id, Actor actor, String result) {
    return resolve(desk, id, actor, ResolutionKind.HANDLED, result);
  }

  static WorkOrder resolve(EnforcementDesk desk, RequestId id, Actor actor, ResolutionKind how, String result) {
    if (actor.role().isResolver()) {
      return whole(desk, desk.forResolver(actor).resolve(id, how, result).id());
    }
    return desk.resolve(id, actor, how, result);
  }

  static WorkOrder returnDelegation(EnforcementDesk desk, RequestId id, Actor actor, String reason) {
    if (actor.role().isResolver()) {
      return whole(desk, desk.forResolver(actor).returnDelegation(id, reason).id());
    }
    return desk.delegation().returnDelegation(id, actor, reason);
  }

  static WorkOrder workOrder(EnforcementDesk desk, RequestId id, Actor viewer) {
    if (isParty(viewer)) {
      return whole(desk, desk.forParty(viewer.id()).request(id).id());
    }
    if (viewer.role().isResolver()) {
      return whole(desk, desk.forResolver(viewer).delegation(id).id());
    }
    return desk.workOrder(id, viewer);
  }

  static List<WorkOrder> workOrdersOfCase(EnforcementDesk desk, CaseNumber caseNumber, Actor viewer) {
    if (isParty(viewer)) {
      return desk.forParty(viewer.id()).requests().stream()
          .filter(view -> view.caseNumber().equals(Optional.of(caseNumber)))
          .map(view -> whole(desk, view.id()))
          .toList();
    }
    if (viewer.role().isResolver()) {
      return desk.forResolver(viewer).delegations().stream()
          .filter(view -> view.caseNumber().equals(Optional.of(caseNumber)))
          .map(view -> whole(desk, view.id()))
          .toList();
    }
    return desk.workOrdersOfCase(caseNumber, viewer);
  }

  static List<WorkOrder> workOrdersOfParty(EnforcementDesk desk, String partyId, Actor viewer) {
    if (isParty(viewer)) {
      return desk.forParty(viewer.id()).requests().stream()
          .filter(view -> viewer.id().equals(partyId))
          .map(PartyView::id)
          .map(id -> whole(desk, id))
          .toList();
    }
    if (viewer.role().isResolver()) {
      return desk.forResolver(viewer).delegations().stream()
          .map(ResolverView::id)
          .map(id -> whole(desk, id))
          .filter(order -> order.request().requester().id().equals(partyId))
          .toList();
    }
    return desk.workOrdersOfParty(partyId, viewer);
  }

  static List<WorkOrder> delegatedTo(EnforcementDesk desk, String resolverId, Actor viewer) {
    if (viewer.role().isResolver()) {
      if (!viewer.id().equals(resolverId)) {
        throw new PermissionDeniedException(viewer, "the delegations of " + resolverId, "only staff and that resolver may");
      }
      return desk.forResolver(viewer).delegations().stream().map(view -> whole(desk, view.id())).toList();
    }
    return desk.delegation().delegatedTo(resolverId, viewer);
  }

  private static boolean isParty(Actor actor) {
    return actor.role() == ActorRole.PARTY;
  }

  private static WorkOrder whole(EnforcementDesk desk, RequestId id) {
    return desk.workOrder(id, READER);
  }
}
