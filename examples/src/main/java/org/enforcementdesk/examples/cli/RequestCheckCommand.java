package org.enforcementdesk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.enforcementdesk.json.EnforcementJson;
import org.enforcementdesk.json.JsonInputException;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.CaseNumber;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.Request;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code enforcement request check FILE}: reads a request (a JSON object) or a batch (a JSON array) as the library
 * would, and prints how it understood each request, personal data masked. An integrator's first test of their
 * export.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check request JSON the way the library reads it, and show how it was understood.",
      "Exit 0 if every request is valid, 1 with the problem (file, JSON path, what is wrong) if not."
    })
final class RequestCheckCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "a JSON file holding one request object or an array of them; - for standard input")
  private String file;

  @Option(
      names = "--taxonomy",
      paramLabel = "FILE",
      description = "a court's own taxonomy file (YAML) instead of the shipped default")
  private Path taxonomyFile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Taxonomy taxonomy = taxonomyFile == null ? TaxonomyFile.defaults() : TaxonomyFile.read(taxonomyFile);
    EnforcementJson json = EnforcementJson.of(taxonomy, Channels.standard());
    String text = InputText.read(file);
    List<Request> requests;
    try {
      requests =
          text.stripLeading().startsWith("[")
              ? json.readRequests(text, InputText.sourceName(file))
              : List.of(json.readRequest(text, InputText.sourceName(file)));
    } catch (JsonInputException e) {
      err.println("invalid: " + e.getMessage());
      return EnforcementCli.CHECK_FAILED;
    }
    requests.forEach(request -> describe(request, out));
    out.println(requests.size() + (requests.size() == 1 ? " request" : " requests") + " valid");
    return EnforcementCli.OK;
  }



  private static void describe(Request request, PrintWriter out) {
    RequestType type = request.type();
    out.println(request.id());
    out.println("  case       " + request.caseNumber().map(RequestCheckCommand::describe).orElse("not yet filed for enforcement"));
    out.println("  channel    " + request.channel().code() + " " + request.channel().chineseName());
    out.println(
        "  type       "
            + type.number() + " " + type.code() + " " + type.chineseName()
            + " (category " + type.category().number() + " " + type.category().chineseName() + ")");
    out.println("  received   " + request.receivedAt());
    out.println("  requester  " + request.requester());
    String text = request.unmaskedText();
    out.println("  text       " + text.codePointCount(0, text.length()) + " characters");
    out.println("  facts      " + request.facts());
  }

  private static String describe(CaseNumber number) {
    return number
        + " (year "
        + number.year()
        + ", "
        + number.courtCode().level().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + " court "
        + number.courtCode()
        + ", "
        + number.type().code()
        + " "
        + number.type().description()
        + ", serial "
        + number.serial()
        + ")";
  }
}
