package org.enforcementdesk.architecture;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.enforcementdesk.order.WorkOrderEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The code examples in class Javadoc compile: each is taken from the source file as a reader sees it, set inside a
 * method whose parameters are the example's givens, and compiled against the library. An example that no longer
 * matches the API fails here instead of misleading the next reader.
 */
class JavadocExamplesTest {

  private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL);

  private static final String IMPORTS =
      String.join(
          "\n",
          "import java.time.*;",
          "import java.util.*;",
          "import java.nio.file.*;",
          "import org.enforcementdesk.calendar.*;",
          "import org.enforcementdesk.desk.*;",
          "import org.enforcementdesk.metrics.*;",
          "import org.enforcementdesk.model.*;",
          "import org.enforcementdesk.order.*;",
          "import org.enforcementdesk.policy.*;",
          "import org.enforcementdesk.sla.*;",
          "import org.enforcementdesk.store.*;",
          "import static org.enforcementdesk.order.RectificationStatus.*;");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "desk/EnforcementDesk.java     | DecisionPolicy ruleBook, Request request",
        "desk/RectificationQuery.java  | EnforcementDesk desk, Actor director, Instant now",
        "store/LedgerRebuild.java      | RequestLedger ledger, RequestLedger backup, RequestLedger fresh",
        "store/InMemoryRequestLedger.java | RequestId id, WorkOrderEvent submitted, WorkOrderEvent accepted,"
            + " List<Notification> notices, Instant now",
      })
  void classJavadocExample_compiles(String file, String givens) throws IOException {
    Path source = Path.of("src/main/java/org/enforcementdesk", file.strip());
    Matcher example = EXAMPLE.matcher(Files.readString(source, UTF_8));
    assertThat(example.find()).as("%s has a code example", source).isTrue();
    String code = example.group(1).replaceAll("(?m)^ \\* ?", "");
    String unit =
        IMPORTS + "\nimport org.enforcementdesk.notify.*;\n"
            + "class Example {\n  void run(" + givens + ") {\n" + code + "\n  }\n}\n";

    StringWriter errors = new StringWriter();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    boolean compiled =
        compiler
            .getTask(
                errors,
                null,
                null,
                List.of("-proc:none", "-d", Files.createTempDirectory("example").toString(),
                    "-classpath", System.getProperty("java.class.path")),
                null,
                List.of(new Source(unit)))
            .call();

    assertThat(compiled).as("the example of %s:%n%s%n%s", source, unit, errors).isTrue();
  }

  /** One compilation unit held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String code) {
      super(URI.create("string:///Example.java"), JavaFileObject.Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
