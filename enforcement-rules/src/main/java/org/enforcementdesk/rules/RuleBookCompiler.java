package org.enforcementdesk.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.builder.model.KieSessionModel;

/**
 * Compiles rule files into a KieBase with the classic engine, whose messages point at the author's lines. Files go
 * into a KieFileSystem with a kmodule written beside them in memory (a kmodule.xml on the classpath, misplaced,
 * silently yields an empty KieBase); the KieModule is removed
 * from the KieRepository as soon as the KieBase exists, so rebuilding and reloading do not grow memory.
 */
final class RuleBookCompiler {

  /**
   * Where the files sit inside the in-memory module: the folder of the default rule files' package, so Drools does
   * not warn about a package that differs from its folder. Stripped again from every message.
   */
  private static final String FOLDER = "org/enforcementdesk/rules/book/";

  private static final String ROOT = "src/main/resources/" + FOLDER;

  private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");

  // Two builds of the same content (a reload of unchanged files) must not share a ReleaseId in the repository.
  private static final AtomicLong BUILDS = new AtomicLong();

  private RuleBookCompiler() {}

  /**
   * Compiles the DRL files and decision tables among {@code sources}.
   *
   * @return the KieBase, and the ReleaseId it was built under (no longer in the KieRepository)
   * @throws RuleBookException listing every compile problem
   */
  static Compiled compile(List<RuleSource> sources, String contentHash) {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId =
        services.newReleaseId(
            "org.enforcementdesk.rulebook", "rule-book", "1.0.0-" + contentHash + "-" + BUILDS.incrementAndGet());
    files.generateAndWritePomXML(releaseId);
    // Facts are never modified, so property reactivity buys nothing; switched off, Drools stops warning about
    // constraints that call the settings global ("class reactivity").
    KieModuleModel module = services.newKieModuleModel();
    module.setConfigurationProperty("drools.propertySpecific", "ALLOWED");
    module.newKieBaseModel("ruleBook").setDefault(true).newKieSessionModel("ruleBookSession").setDefault(true)
        .setType(KieSessionModel.KieSessionType.STATELESS);
    files.writeKModuleXML(module.toXML());
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
        // The parser adds this after its real complaint about the same file: it says nothing to the author.
        if (error.getText() != null && error.getText().contains("Parser returned a null Package")) {
          continue;
        }
        problems.add(problem(error, byName));
      }
      throw new RuleBookException(problems);
    }
    try {
      return new Compiled(services.newKieContainer(releaseId).getKieBase(), releaseId.toExternalForm());
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /** A compiled KieBase and the ReleaseId it was built under. */
  record Compiled(KieBase kieBase, String releaseId) {}

  private static String problem(Message error, Map<String, RuleSource> byName) {
    String path = error.getPath() == null ? "" : error.getPath();
    // Drools names a file with or without the resources root, depending on which stage found the problem.
    String name = path.startsWith(ROOT) ? path.substring(ROOT.length()) : path;
    name = name.startsWith(FOLDER) ? name.substring(FOLDER.length()) : name;
    int line = Math.max(error.getLine(), 1);
    int column = Math.max(error.getColumn(), 1);
    Matcher parserPosition = PARSER_POSITION.matcher(error.getText() == null ? "" : error.getText());
    if (error.getColumn() <= 0 && parserPosition.find() && Integer.parseInt(parserPosition.group(1)) == line) {
      // The DRL parser counts columns from 0 and only says so in its text ("[ERR 101] Line 40:48 ...").
      column = Integer.parseInt(parserPosition.group(2)) + 1;
    }
    RuleSource source = byName.get(name);
    String text = error.getText() == null ? "" : error.getText().strip().replaceAll("\\s+", " ");
    if (source != null && source.isDecisionTable()) {
      // Drools reports a line of the DRL it generated from the table; the author knows the table's rows.
      return DecisionTableLines.locate(source, error.getLine(), text);
    }
    if (name.isEmpty()) {
      name = "(rule book)";
    }
    if (source != null && text.startsWith("Rule Compilation error")) {
      // Java errors in an action are reported at the rule's first line; the name they quote finds the action's.
      line = actionLine(source, line, text);
    }
    if (name.endsWith(".dslr.drl")) {
      // Expanded business language keeps its lines; the author knows the file they wrote.
      name = name.substring(0, name.length() - ".drl".length());
    }
    return name + ":" + line + ":" + column + ": " + text;
  }

  /** What a Java compiler error quotes of the offending code: a method, or a name it cannot resolve. */
  private static final Pattern QUOTED_CODE =
      Pattern.compile("The method (\\w+)\\(|(\\S+) cannot be resolved|The constructor (\\w+)\\(");

  /** The first line at or after the rule's that contains the code the message quotes; else the rule's line. */
  private static int actionLine(RuleSource source, int ruleLine, String text) {
    Matcher quoted = QUOTED_CODE.matcher(text);
    if (!quoted.find()) {
      return ruleLine;
    }
    String code = quoted.group(1) != null ? quoted.group(1) : quoted.group(2) != null ? quoted.group(2)
        : quoted.group(3);
    String[] lines = source.text().split("\n", -1);
    for (int i = ruleLine - 1; i < lines.length && i >= 0; i++) {
      if (lines[i].contains(code) && i > ruleLine - 1) {
        return i + 1;
      }
      if (i > ruleLine - 1 && lines[i].strip().equals("end")) {
        break;
      }
    }
    return ruleLine;
  }
}
