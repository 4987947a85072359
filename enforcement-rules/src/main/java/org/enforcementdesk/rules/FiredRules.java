package org.enforcementdesk.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records the name of every rule that fired in one session, in firing order, so that every decision can say why it
 * is what it is without each rule having to record itself.
 */
final class FiredRules extends DefaultAgendaEventListener {

  private final List<String> names = new ArrayList<>();

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    names.add(event.getMatch().getRule().getName());
  }

  List<String> names() {
    return names;
  }
}
