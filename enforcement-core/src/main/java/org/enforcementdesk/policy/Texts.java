package org.enforcementdesk.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.enforcementdesk.model.FreeText;

/** Checks shared by the decision types: texts rules write and the names of the rules that fired. */
final class Texts {

  private Texts() {}

  static String nonBlank(String what, String text) {
    return FreeText.required(what, text);
  }

  static ImmutableList<String> ruleNames(List<String> names) {
    requireNonNull(names, "fired rules");
    ImmutableList<String> copy = ImmutableList.copyOf(names);
    copy.forEach(name -> nonBlank("fired rule name", name));
    return copy;
  }
}
