package org.enforcementdesk.rules;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;
import org.enforcementdesk.policy.DelegationKind;

/**
 * The Chinese words a clerk's rules use for the book's codes, resolved when the book is built: request types by
 * their names in the taxonomy, urgency, tiers, risk kinds, delegation targets and periods ({@code 2 小时}). A word that
 * names nothing is a problem at its line, never a rule that silently cannot fire.
 */
final class RuleWords {

  /** Kinds of word, by the name the vocabulary's macros give them ({@code @type(...)}). */
  enum Kind {
    TYPE("诉求类型"),
    URGENCY("紧急程度"),
    TIER("层级"),
    RISK("风险"),
    DELEGATION("委派对象"),
    PERIOD("期限");

    private final String chineseName;

    Kind(String chineseName) {
      this.chineseName = chineseName;
    }

    String chineseName() {
      return chineseName;
    }
  }

  /**
   * Names court staff use for a type besides the taxonomy's own (DOMAIN.md: the 车辆续封 of the court's example is a
   * renewal of a seizure, type 2.4).
   */
  private static final Map<String, String> TYPE_ALIASES = Map.of("车辆续封", "SEIZURE_RENEWAL");

  private static final ImmutableMap<String, String> TYPES = typeNames();

  private static final Pattern PERIOD = Pattern.compile(
      "\\s*(\\d{1,6})\\s*(个)?\\s*(分钟|小时|工作小时|天|日|自然日|工作日)\\s*");

  private RuleWords() {}

  /**
   * The Java expression a word stands for in the expanded DRL, e.g. {@code "SEIZURE_RENEWAL"} for the type
   * 车辆续封, {@code Urgency.URGENT} for 紧急, {@code "2 natural hours"} for 2 小时.
   *
   * @return the expression, or empty if the word names nothing of its kind
   */
  static Optional<String> expression(Kind kind, String word) {
    String w = word.strip();
    return switch (kind) {
      case TYPE -> Optional.ofNullable(TYPES.get(w)).map(code -> "\"" + code + "\"");
      case URGENCY -> Arrays.stream(Urgency.values()).filter(u -> u.chineseName().equals(w)).findFirst()
          .map(u -> "Urgency." + u.name());
      case TIER -> Arrays.stream(Tier.values()).filter(t -> t.chineseName().equals(w)).findFirst()
          .map(t -> "Tier." + t.name());
      case RISK -> Arrays.stream(RiskKind.values()).filter(r -> r.chineseName().equals(w)).findFirst()
          .map(r -> "RiskKind." + r.name());
      case DELEGATION -> delegation(w).map(d -> "DelegationKind." + d.name());
      case PERIOD -> period(w).map(text -> "\"" + text + "\"");
    };
  }

  /** What a clerk may write for a kind of word, for the message that refuses another. */
  static String accepted(Kind kind) {
    return switch (kind) {
      case TYPE -> "a request type's name in the taxonomy, e.g. 申请续封, 续封 or 申请发放案款";
      case URGENCY -> "紧急, 优先 or 一般";
      case TIER -> "中心干警, 中心主任 or 局领导";
      case RISK -> "多次来访, 反馈差评, 信访未结 or 扬言信访";
      case DELEGATION -> "执前化解团队, 村调解主任, 联动部门 or 特邀调解员";
      case PERIOD -> "a number and a unit: 30 分钟, 2 小时, 4 工作小时, 7 天 (or 日), 3 个工作日";
    };
  }

  /** A Chinese period ({@code 2 小时}, {@code 3 个工作日}) as the period text the book reads. */
  static Optional<String> period(String word) {
    Matcher m = PERIOD.matcher(word);
    if (!m.matches()) {
      return Optional.empty();
    }
    long n = Long.parseLong(m.group(1));
    if (n == 0) {
      return Optional.empty();
    }
    String unit = switch (m.group(3)) {
      case "分钟" -> "natural minute";
      case "小时" -> "natural hour";
      case "工作小时" -> "working hour";
      case "工作日" -> "working day";
      default -> "natural day";
    };
    return Optional.of(n + " " + unit + (n == 1 ? "" : "s"));
  }

  private static Optional<DelegationKind> delegation(String word) {
    return Optional.ofNullable(switch (word) {
      case "执前化解团队" -> DelegationKind.PRE_ENFORCEMENT_TEAM;
      case "村调解主任" -> DelegationKind.VILLAGE_MEDIATOR;
      case "联动部门" -> DelegationKind.DEPARTMENT;
      case "特邀调解员" -> DelegationKind.SPECIAL_MEDIATOR;
      default -> null;
    });
  }

  /**
   * Every name of a type: its Chinese name whole, each part between slashes, each part without a leading 申请, its
   * code, and the aliases. A part two types share names neither.
   */
  private static ImmutableMap<String, String> typeNames() {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Set<String>> parts = new HashMap<>();
    for (RequestType type : TaxonomyFile.defaults().types()) {
      names.put(type.chineseName(), type.code());
      names.put(type.code(), type.code());
      for (String part : type.chineseName().split("/")) {
        String p = part.strip();
        parts.computeIfAbsent(p, any -> new HashSet<>()).add(type.code());
        if (p.startsWith("申请") && p.length() > 3) {
          parts.computeIfAbsent(p.substring(2), any -> new HashSet<>()).add(type.code());
        }
      }
    }
    parts.forEach((part, codes) -> {
      if (codes.size() == 1) {
        names.putIfAbsent(part, codes.iterator().next());
      }
    });
    TYPE_ALIASES.forEach(names::putIfAbsent);
    return ImmutableMap.copyOf(names);
  }
}
