package org.enforcementdesk.examples.dashboard;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.enforcementdesk.json.TaxonomyFile;
import org.enforcementdesk.model.Category;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.Channels;
import org.enforcementdesk.model.EvaluationAspect;
import org.enforcementdesk.model.RequestType;
import org.enforcementdesk.model.RiskKind;
import org.enforcementdesk.model.Taxonomy;
import org.enforcementdesk.model.Tier;
import org.enforcementdesk.model.Urgency;

/**
 * Display names for the keys of the report's breakdowns: the report keeps stable codes ({@code HOTLINE}, {@code
 * CASE_FUNDS}), a leader reads 执行热线 and 案款发放. Codes the library does not know (a court's own channel or
 * category) are shown as they are, so nothing is hidden.
 */
final class Labels {

  /** A key's names: Chinese first, English beneath. */
  record Label(String zh, String en) {

    /** Both names on one line, e.g. {@code 执行热线 enforcement hotline}. */
    String both() {
      return en.isEmpty() || en.equals(zh) ? zh : zh + " " + en;
    }
  }

  private static final Taxonomy TAXONOMY = TaxonomyFile.defaults();
  private static final Channels CHANNELS = Channels.standard();
  /** 委派对象: the delegation kinds carry no display names of their own. */
  private static final Map<String, Label> TARGET_KINDS = new TreeMap<>(Map.of(
      "PRE_ENFORCEMENT_TEAM", new Label("执前化解团队", "pre-enforcement team"),
      "VILLAGE_MEDIATOR", new Label("村调解主任", "village mediator"),
      "DEPARTMENT", new Label("联动部门", "department"),
      "SPECIAL_MEDIATOR", new Label("特邀调解员", "special mediator")));
  private static final Map<String, Label> TIER_EN = Map.of(
      "OFFICER", new Label("中心干警", "officer"),
      "CENTER_DIRECTOR", new Label("中心主任", "centre director"),
      "BUREAU_LEADER", new Label("局领导", "bureau leader"));

  private Labels() {}

  /** The names of {@code key} in {@code dimension} of a breakdown. */
  static Label of(String dimension, String key) {
    return known(dimension, key).orElseGet(() -> new Label(key, ""));
  }

  private static Optional<Label> known(String dimension, String key) {
    switch (dimension) {
      case "channel":
        if (CHANNELS.contains(key)) {
          Channel channel = CHANNELS.byCode(key);
          return Optional.of(new Label(channel.chineseName(), channel.englishName()));
        }
        return Optional.empty();
      case "category":
        for (Category category : TAXONOMY.categories()) {
          if (category.code().equals(key)) {
            return Optional.of(new Label(category.chineseName(), category.englishName()));
          }
        }
        return Optional.empty();
      case "type":
        return TAXONOMY.hasType(key)
            ? Optional.of(typeLabel(TAXONOMY.type(key)))
            : Optional.empty();
      case "urgency":
        if ("UNDECIDED".equals(key)) {
          return Optional.of(new Label("未定级", "undecided"));
        }
        return enumLabel(Urgency.class, key).map(u -> new Label(u.chineseName(), english(key)));
      case "tier":
      case "from_tier":
      case "to_tier":
      case "owner_tier":
        return Optional.ofNullable(TIER_EN.get(key)).map(l -> new Label(Tier.valueOf(key).chineseName(), l.en()));
      case "aspect":
        return enumLabel(EvaluationAspect.class, key).map(a -> new Label(a.chineseName(), english(key)));
      case "trigger":
        return enumLabel(RiskKind.class, key).map(r -> new Label(r.chineseName(), english(key)));
      case "target_kind":
        return Optional.ofNullable(TARGET_KINDS.get(key));
      case "cause_of_action":
        return "unspecified".equals(key) ? Optional.of(new Label("未填案由", "unspecified")) : Optional.empty();
      case "handler":
        return "unassigned".equals(key) ? Optional.of(new Label("未指定办理人", "unassigned")) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Label typeLabel(RequestType type) {
    return new Label(type.chineseName(), type.englishName());
  }

  private static <E extends Enum<E>> Optional<E> enumLabel(Class<E> type, String key) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(key)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static String english(String code) {
    return code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
