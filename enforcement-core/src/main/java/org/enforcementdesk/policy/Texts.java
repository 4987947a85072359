package org.enforcementdesk.policy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Checks shared by the decision types: texts rules write and the names of the rules that fired. */
final class Texts {

  private Texts() {}

  static String nonBlank(String what, String text) {
    requireNonNull(text, what);
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "%s must not be blank", what);
    return stripped;
  }

  static ImmutableList<String> ruleNames(List<String> names) {
    requireNonNull(names, "fired rules");
    ImmutableList<String> copy = ImmutableList.copyOf(names);
    copy.forEach(name -> nonBlank("fired rule name", name));
    return copy;
  }
}
