package org.enforcementdesk.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * The sessions one rule book decides in, kept for reuse. A stateless session per decision builds a new working
 * memory (node memories, agenda, event support) every time and costs more than the rules themselves; a stateful
 * session that is handed one fact, fires, and has the fact deleted again is back to empty and can take the next
 * decision. Sessions are lent to one decision at a time: at most {@link #IDLE_LIMIT} wait idle, more are made when
 * more threads decide at once, and a session whose decision failed or left a fact behind (a rule that inserts one)
 * is thrown away, never lent again.
 *
 * <p>Owned by its {@link RuleBook}: when a reload replaces the book, its sessions become garbage with it.
 */
final class DecisionSessions {

  /** Idle sessions kept; beyond that a returned session is disposed. Two per core cover a busy host. */
  static final int IDLE_LIMIT = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  private final KieBase kieBase;
  private final Set<String> globals;
  private final RuleSettings settings;
  private final ArrayBlockingQueue<Lent> idle = new ArrayBlockingQueue<>(IDLE_LIMIT);
  private final KieSessionConfiguration singleThreaded;

  DecisionSessions(KieBase kieBase, Set<String> globals, RuleSettings settings) {
    this.kieBase = kieBase;
    this.globals = globals;
    this.settings = settings;
    // A session is only ever used by the one thread that borrowed it (the queue's hand-over publishes it safely), so
    // it needs none of Drools' synchronised propagation between threads.
    this.singleThreaded = KieServices.Factory.get().newKieSessionConfiguration();
    singleThreaded.setOption(ThreadSafeOption.NO);
  }

  /**
   * Decides one fact: sets the result global, inserts the fact, fires every rule it matches and deletes it again.
   *
   * @return the names of the rules that fired, in firing order
   */
  List<String> execute(Object fact, String resultGlobal, Object result) {
    Lent session = idle.poll();
    if (session == null) {
      session = new Lent(kieBase.newKieSession(singleThreaded, null));
      if (globals.contains("settings")) {
        session.kie.setGlobal("settings", settings);
      }
    }
    boolean clean = false;
    try {
      List<String> fired = session.decide(fact, globals.contains(resultGlobal) ? resultGlobal : null, result);
      // A rule author's rule may insert facts of its own; they would meet the next decision's fact.
      clean = session.kie.getFactCount() == 0;
      return fired;
    } finally {
      // A decision that threw, or left facts behind, may taint the next one: that session never decides again.
      if (!clean || !idle.offer(session)) {
        session.kie.dispose();
      }
    }
  }

  /** A stateful session and the filter that records which rules fire in it. */
  private static final class Lent implements AgendaFilter {

    private final KieSession kie;
    private List<String> fired;

    Lent(KieSession kie) {
      this.kie = kie;
    }

    List<String> decide(Object fact, String resultGlobal, Object result) {
      fired = new ArrayList<>(4);
      if (resultGlobal != null) {
        kie.setGlobal(resultGlobal, result);
      }
      FactHandle handle = kie.insert(fact);
      kie.fireAllRules(this);
      kie.delete(handle);
      List<String> names = fired;
      fired = null;
      return names;
    }

    /** Called for every match just before it fires: a cheaper record of the firing order than an event listener. */
    @Override
    public boolean accept(Match match) {
      fired.add(match.getRule().getName());
      return true;
    }
  }
}
