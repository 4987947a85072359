package org.enforcementdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.enforcementdesk.order.CaseEvent;
import org.enforcementdesk.order.WorkOrderEvent;
import org.enforcementdesk.policy.ReviewAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The map of enforcement-core as executable rules: which package may import what (the table in
 * docs/architecture.md), and that the sealed events are interpreted in one way only, through their visitors. The rule
 * engine never appears in core; {@code model} stays free of serialisation and logging; the system clock and the
 * machine's default locale are never read, not even implicitly (case mapping and formatting without an explicit
 * {@code Locale}).
 */
class CoreArchitectureTest {

  /** The sealed hierarchies a new member of which must not compile until every interpretation handles it. */
  private static final List<Class<?>> SEALED = List.of(WorkOrderEvent.class, CaseEvent.class, ReviewAction.class);

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
            .because("model is the innermost package: value types that everything else builds on");
    rule.check(core);
  }

  @Test
  void calendar_importsOnlyModelAmongThePackages() {
    packageMayImport("calendar", List.of("com.nlf.calendar.."), "model");
  }

  @Test
  void lunarLibrary_isUsedOnlyToDeriveStatutoryHolidays() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.enforcementdesk.calendar.StatutoryHolidays")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.nlf.calendar..")
        .because("lunar dates enter the desk only as the holidays of a provisional year")
        .check(core);
  }

  @Test
  void privacy_importsOnlyJson_andBouncyCastleOnlyForSm4() {
    packageMayImport("privacy", List.of("javax.crypto..", "org.bouncycastle.."), "json");
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.enforcementdesk.privacy.Sm4GcmCipher")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.bouncycastle..")
        .because("BouncyCastle is optional: only a host that asks for SM4 needs it")
        .check(core);
  }

  @Test
  void sla_importsOnlyCalendarAndModel() {
    packageMayImport("sla", "calendar", "model");
  }

  @Test
  void policy_importsOnlyModelCalendarAndSla() {
    packageMayImport("policy", "model", "calendar", "sla");
  }

  @Test
  void order_importsOnlyTheDecisionPackages() {
    packageMayImport("order", "model", "calendar", "sla", "policy");
  }

  @Test
  void notify_importsOnlyModelAndOrder() {
    packageMayImport("notify", "model", "order");
  }

  @Test
  void store_importsOnlyModelOrderAndNotify() {
    packageMayImport("store", "model", "order", "notify");
  }

  @Test
  void metrics_readsTheHistoryWithoutTheDeskOrJson() {
    packageMayImport("metrics", "model", "calendar", "sla", "policy", "order", "store", "notify");
  }

  @Test
  void desk_neverImportsMetricsOrJson() {
    packageMayImport("desk", "model", "calendar", "sla", "policy", "order", "notify", "store", "view");
  }

  /** The model types an audience's view may show: none holds the court's internal record or raw personal data. */
  private static final String[] VIEWABLE_MODEL = {
    "org.enforcementdesk.model.RequestId", "org.enforcementdesk.model.CaseNumber", "org.enforcementdesk.model.Channel",
    "org.enforcementdesk.model.RequestType", "org.enforcementdesk.model.Evaluation",
    "org.enforcementdesk.model.PartyRole", "org.enforcementdesk.model.LogSafe"
  };

  @Test
  void views_reachNoInternalType() {
    // A party's or a resolver's view holds values only: no work order, event, risk, tier, urgency, actor or party
    // record (whose accessors give raw personal data), and no library beyond Guava's immutable collections.
    noClasses()
        .that()
        .resideInAPackage("org.enforcementdesk.view..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.not(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                        "java.lang..", "java.time..", "java.util..", "java.math..", "java.io..",
                        "com.google.common.collect..", "org.enforcementdesk.view..")
                    .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(viewableModel()))))
        .because("a type cannot hand an audience what it has no place for")
        .check(core);
  }

  @Test
  void audienceDesks_answerOnlyWithViews() {
    // The party's and the resolver's desks return views, lists of views, or the actor they act for: never a
    // WorkOrder, so a host serving a party from them cannot show the court's record.
    methods()
        .that()
        .arePublic()
        .should(returnOnlyViews())
        .check(core);
  }

  private static ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> returnOnlyViews() {
    return new ArchCondition<>("return only views, lists of views or the desk's actor") {
      @Override
      public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
        if (!method.getOwner().getPackageName().equals("org.enforcementdesk.desk")
            || !(method.getOwner().getSimpleName().equals("PartyDesk")
                || method.getOwner().getSimpleName().equals("ResolverDesk"))) {
          return;
        }
        String returned = method.getReturnType().toErasure().getName();
        boolean view = returned.startsWith("org.enforcementdesk.view.");
        boolean list = returned.equals("java.util.List") && method.getReturnType().getAllInvolvedRawTypes().stream()
            .filter(type -> !type.getName().equals("java.util.List"))
            .allMatch(type -> type.getPackageName().equals("org.enforcementdesk.view"));
        boolean actor = returned.equals("org.enforcementdesk.model.Actor") && method.getParameters().isEmpty();
        if (!view && !list && !actor) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns " + returned));
        }
      }
    };
  }

  private static Class<?>[] viewableModel() {
    return Arrays.stream(VIEWABLE_MODEL).map(name -> {
      try {
        return Class.forName(name);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(name, e);
      }
    }).toArray(Class<?>[]::new);
  }

  /** The table of docs/architecture.md: a package may use the JDK, core's libraries and the packages it names. */
  private static void packageMayImport(String name, String... allowed) {
    packageMayImport(name, List.of(), allowed);
  }

  private static void packageMayImport(String name, List<String> libraries, String... allowed) {
    List<String> packages = new ArrayList<>(List.of(
        "java..", "com.google.common..", "com.fasterxml.jackson..", "org.slf4j..", "org.enforcementdesk." + name + ".."));
    packages.addAll(libraries);
    for (String other : allowed) {
      packages.add("org.enforcementdesk." + other + "..");
    }
    noClasses()
        .that()
        .resideInAPackage("org.enforcementdesk." + name + "..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(packages.toArray(String[]::new))
        .check(core);
  }

  @Test
  void events_areInterpretedOnlyThroughTheirVisitors_neverByInstanceofOrClassObject() {
    classes()
        .should(interpretSealedTypesOnlyThroughVisitors())
        .because("a new kind of event must fail to compile until every interpretation handles it")
        .check(core);
  }

  @Test
  void core_neverTestsTypesThroughClassObjects() {
    noClasses()
        .should()
        .callMethod(Class.class, "isInstance", Object.class)
        .orShould()
        .callMethod(Class.class, "cast", Object.class)
        .because("a type test through a class object escapes the compiler's check as instanceof does")
        .check(core);
  }

  @ParameterizedTest
  @ValueSource(classes = {WorkOrderEvent.class, CaseEvent.class, ReviewAction.class})
  void visitor_hasOneAbstractMethodPerKind_andNoDefault(Class<?> sealed) throws ClassNotFoundException {
    Class<?> visitor = Class.forName(sealed.getName() + "$Visitor");
    Method[] methods = visitor.getDeclaredMethods();
    assertThat(methods).allSatisfy(m -> assertThat(Modifier.isAbstract(m.getModifiers())).as(m.toString()).isTrue());
    Set<Class<?>> visited = Arrays.stream(methods).map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet());
    assertThat(visited).containsExactlyInAnyOrder(sealed.getPermittedSubclasses());
  }

  private static ArchCondition<JavaClass> interpretSealedTypesOnlyThroughVisitors() {
    return new ArchCondition<>("test sealed events and actions by instanceof or class object nowhere") {
      @Override
      public void check(JavaClass javaClass, ConditionEvents events) {
        for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
          for (InstanceofCheck check : unit.getInstanceofChecks()) {
            if (isSealedMember(check.getRawType())) {
              events.add(SimpleConditionEvent.violated(
                  check, unit.getFullName() + " tests instanceof " + check.getRawType().getName() + " " + check.getSourceCodeLocation()));
            }
          }
          for (ReferencedClassObject reference : unit.getReferencedClassObjects()) {
            if (isSealedMember(reference.getRawType())) {
              events.add(SimpleConditionEvent.violated(
                  reference, unit.getFullName() + " refers to " + reference.getRawType().getName() + ".class "
                      + reference.getSourceCodeLocation()));
            }
          }
        }
      }
    };
  }

  private static boolean isSealedMember(JavaClass type) {
    return SEALED.stream().anyMatch(sealed -> type.isAssignableTo(sealed));
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
