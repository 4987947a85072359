package org.enforcementdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map of enforcement-core as executable rules: which room may import what (the table in docs/architecture.md). The rule engine never appears in core; {@code model} stays free of serialisation and logging; the
 * system clock and the machine's default locale are never read, not even implicitly (case mapping and
 * formatting without an explicit {@code Locale}).
 */
class CoreArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.enforcementdesk");
  }

  @Test
  void core_neverImportsTheRuleEngine() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.kie..", "org.drools..")
            .because("enforcement-core stays pure; the rule engine lives behind the policy port");
    rule.check(core);
  }

  @Test
  void model_importsOnlyTheJdkAndGuava() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.enforcementdesk.model..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages("java..", "com.google.common..", "org.enforcementdesk.model..")
            .because("model is the innermost room: value types that everything else builds on");
    rule.check(core);
  }

  @Test
  void calendar_importsOnlyModelAmongTheRooms() {
    roomMayImport("calendar", "model");
  }

  @Test
  void sla_importsOnlyCalendarAndModelAmongTheRooms() {
    roomMayImport("sla", "calendar", "model");
  }

  @Test
  void policy_importsOnlyModelCalendarAndSla() {
    roomMayImport("policy", "model", "calendar", "sla");
  }

  @Test
  void deskEvents_importOnlyTheDecisionRooms() {
    roomMayImport("desk.event", "model", "calendar", "sla", "policy");
  }

  @Test
  void notify_importsOnlyModelAndDeskEvents() {
    roomMayImport("notify", "model", "desk.event");
  }

  @Test
  void store_importsOnlyModelDeskEventsAndNotify() {
    roomMayImport("store", "model", "desk.event", "notify");
  }

  @Test
  void metrics_readsTheHistoryWithoutTheDeskOrJson() {
    roomMayImport("metrics", "model", "calendar", "sla", "policy", "desk.event", "store", "notify");
  }

  @Test
  void desk_neverImportsJson() {
    roomMayImport("desk", "model", "calendar", "sla", "policy", "notify", "store");
  }

  /** The table of docs/architecture.md: a room may use the JDK, core's libraries and the rooms it names. */
  private static void roomMayImport(String room, String... allowed) {
    java.util.List<String> packages = new java.util.ArrayList<>(java.util.List.of(
        "java..", "com.google.common..", "com.fasterxml.jackson..", "org.slf4j..", "org.enforcementdesk." + room + ".."));
    for (String other : allowed) {
      packages.add("org.enforcementdesk." + other + "..");
    }
    noClasses()
        .that()
        .resideInAPackage("org.enforcementdesk." + room + "..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(packages.toArray(String[]::new))
        .check(core);
  }

  @Test
  void core_neverReadsTheSystemClockOrDefaultLocale() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.ZonedDateTime.class, "now")
        .orShould()
        .callMethod(java.time.OffsetDateTime.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.Clock.class, "systemUTC")
        .orShould()
        .callMethod(java.time.ZoneId.class, "systemDefault")
        .orShould()
        .callMethod(java.util.Locale.class, "getDefault")
        .orShould()
        .callMethod(java.util.TimeZone.class, "getDefault")
        .orShould()
        .callMethod(String.class, "toUpperCase")
        .orShould()
        .callMethod(String.class, "toLowerCase")
        .orShould()
        .callMethod(String.class, "format", String.class, Object[].class)
        .orShould()
        .callMethod(String.class, "formatted", Object[].class)
        .because("time comes in as an argument or a Clock, and output never depends on the machine's locale")
        .check(core);
  }
}
