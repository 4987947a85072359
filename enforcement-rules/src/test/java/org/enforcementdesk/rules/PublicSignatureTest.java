package org.enforcementdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE.md point 5: hosts see our types only; no Drools type in a public signature of this module. */
class PublicSignatureTest {

  private static final List<Class<?>> PUBLIC_TYPES =
      List.of(
          RuleBook.class,
          RuleBookException.class,
          DroolsDecisionPolicy.class,
          ReloadablePolicy.class,
          RuleSettings.class,
          IntakeRequest.class,
          IntakeResult.class,
          Baseline.class,
          ReviewOrder.class,
          ReviewResult.class,
          RuleScenario.class,
          RuleScenarios.class,
          ScenarioResult.class);

  @Test
  void publicSignatures_nameNoDroolsType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : PUBLIC_TYPES) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
      check(type.getName(), type.getGenericSuperclass(), leaks);
      Stream.of(type.getGenericInterfaces()).forEach(i -> check(type.getName(), i, leaks));
      List<Executable> members = new ArrayList<>(List.of(type.getDeclaredMethods()));
      members.addAll(List.<Constructor<?>>of(type.getDeclaredConstructors()));
      for (Executable member : members) {
        if (!Modifier.isPublic(member.getModifiers())) {
          continue;
        }
        String where = type.getSimpleName() + "." + member.getName();
        Stream.of(member.getGenericParameterTypes()).forEach(p -> check(where, p, leaks));
        Stream.of(member.getGenericExceptionTypes()).forEach(p -> check(where, p, leaks));
        if (member instanceof Method method) {
          check(where, method.getGenericReturnType(), leaks);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void check(String where, Type type, List<String> leaks) {
    if (type == null) {
      return;
    }
    String name = type.getTypeName();
    if (name.contains("org.kie.") || name.contains("org.drools.")) {
      leaks.add(where + ": " + name);
    }
  }
}
