package org.enforcementdesk.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles rule files into a KieBase with the classic engine, whose messages point at the author's lines. Files go
 * into a KieFileSystem (no kmodule.xml: a misplaced one silently yields an empty KieBase); the KieModule is removed
 * from the KieRepository as soon as the KieBase exists, so rebuilding and reloading do not grow memory.
 */
final class RuleBookCompiler {

  /** Where the files sit inside the in-memory module; stripped again from every message. */
  private static final String ROOT = "src/main/resources/rules/";

  // Two builds of the same content (a reload of unchanged files) must not share a ReleaseId in the repository.
  private static final AtomicLong BUILDS = new AtomicLong();

  private RuleBookCompiler() {}

  /**
   * Compiles the DRL files and decision tables among {@code sources}.
   *
   * @throws RuleBookException listing every compile problem
   */
  static KieBase compile(List<RuleSource> sources, String contentHash) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId =
        services.newReleaseId(
            "org.enforcementdesk.rulebook", "rule-book", "1.0.0-" + contentHash + "-" + BUILDS.incrementAndGet());
    files.generateAndWritePomXML(releaseId);
    Map<String, RuleSource> byName = new HashMap<>();
    for (RuleSource source : sources) {
      if (source.isDrl() || source.isDecisionTable()) {
        files.write(ROOT + source.name(), source.content());
        byName.put(source.name(), source);
      }
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      services.getRepository().removeKieModule(releaseId);
      List<String> problems = new ArrayList<>();
      for (Message error : errors) {
        problems.add(problem(error, byName));
      }
      throw new RuleBookException(problems);
    }
    try {
      return services.newKieContainer(releaseId).getKieBase();
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  private static String problem(Message error, Map<String, RuleSource> byName) {
    String path = error.getPath() == null ? "" : error.getPath();
    String name = path.startsWith(ROOT) ? path.substring(ROOT.length()) : path;
    int line = Math.max(error.getLine(), 1);
    int column = Math.max(error.getColumn(), 1);
    RuleSource source = byName.get(name);
    String text = error.getText() == null ? "" : error.getText().strip().replaceAll("\\s+", " ");
    if (source != null && source.isDecisionTable()) {
      // Drools reports a line of the DRL it generated from the table; the author knows the table's rows.
      return DecisionTableLines.locate(source, error.getLine(), text);
    }
    if (name.isEmpty()) {
      name = "(rule book)";
    }
    return name + ":" + line + ":" + column + ": " + text;
  }
}
