package org.enforcementdesk.examples.simulate;

import java.util.List;
import org.enforcementdesk.model.Channel;
import org.enforcementdesk.model.EvaluationAspect;

/**
 * What people at a county court do, as numbers: how often, how soon, how it ends. Calibrated to the seed court's
 * published year (Xianyou County People's Court: 6,393 requests, 99.78% on time, 79 risk cases of which 37 resolved,
 * 394 pre-enforcement transfers with 166 performed voluntarily, 419 village delegations with 170 resolved, private
 * lending the most frequent cause of action). Shares are per request unless said otherwise; times are fractions of
 * the deadline the desk set, so the handlers' behaviour follows the rule book rather than competing with it.
 *
 * <p>The simulator reads these and nothing else; the figures it prints are the indicators' own.
 */
final class BehaviourModel {

  private BehaviourModel() {}

  // ---- volume -----------------------------------------------------------------------------------------------------

  /** Requests in the seed court's year: the default size, and the size of one simulated court in a province. */
  static final int SEED_REQUESTS_PER_YEAR = 6_393;

  /** Enforcement cases in the court's year per request received (the seed's 案访比 test vector: 4,000 cases). */
  static final double CASES_PER_REQUEST = 4_000.0 / 6_393;

  /** The year before: a few more visits on fewer cases (6,452 on 3,800), so the case-visit ratio fell 5.87%. */
  static final double PREVIOUS_YEAR_REQUESTS_FACTOR = 6_452.0 / 6_393;

  /** The year before's enforcement cases relative to this year's. */
  static final double PREVIOUS_YEAR_CASES_FACTOR = 3_800.0 / 4_000;

  /** How often a day that is not a working day still sees requests (app and mini-program only), against 1. */
  static final double REST_DAY_ACTIVITY = 0.12;

  // ---- who asks, how, about what ----------------------------------------------------------------------------------

  /** Channels: the window and the hotline carry most, the online channels the rest. */
  static final Weighted<Channel> CHANNELS =
      Weighted.<Channel>builder()
          .add(Channel.WINDOW, 31)
          .add(Channel.HOTLINE, 36)
          .add(Channel.APP, 19)
          .add(Channel.MINI_PROGRAM, 14)
          .build();

  /** Request types by their taxonomy code: questions about progress and money dominate a service centre's day. */
  static final Weighted<String> TYPES =
      Weighted.<String>builder()
          .add("PROGRESS_QUERY", 25)
          .add("CHASE_PROGRESS", 15)
          .add("FUNDS_PAYOUT", 10)
          .add("PROPERTY_LEAD", 7)
          .add("CREDIT_RESTRICTION", 5)
          .add("SEIZURE_REQUEST", 4)
          .add("SEIZURE_RENEWAL", 3)
          .add("COERCIVE_MEASURE", 3)
          .add("ONSITE_ENFORCEMENT", 2)
          .add("AUCTION_PROGRESS", 4)
          .add("POST_SALE_DELIVERY", 1)
          .add("FUNDS_CONFIRMATION", 4)
          .add("FEES_AND_AID", 2)
          .add("CASE_RESTORATION", 3)
          .add("SETTLEMENT_AND_RELIEF", 3)
          .add("OBJECTION_GUIDANCE", 3)
          .add("CONDUCT_COMPLAINT", 0.8)
          .add("PETITION", 0.12)
          .add("SUGGESTION_OTHER", 4)
          .build();

  /** Causes of action (案由) of the court's cases: private lending first, as the seed court reported. */
  static final Weighted<String> CAUSES =
      Weighted.<String>builder()
          .add("民间借贷纠纷", 36)
          .add("买卖合同纠纷", 13)
          .add("金融借款合同纠纷", 9)
          .add("信用卡纠纷", 4)
          .add("机动车交通事故责任纠纷", 5)
          .add("追索劳动报酬纠纷", 5)
          .add("人身损害赔偿纠纷", 3)
          .add("抚养费纠纷", 2)
          .add("赡养费纠纷", 1)
          .add("离婚纠纷", 4)
          .add("房屋租赁合同纠纷", 4)
          .add("建设工程施工合同纠纷", 5)
          .add("承揽合同纠纷", 3)
          .add("物业服务合同纠纷", 3)
          .add("劳务合同纠纷", 3)
          .build();

  /** Of the court's cases, the share whose party lives in a village with a mediation director listed. */
  static final double CASE_IN_LISTED_VILLAGE = 0.66;

  /** Of livelihood cases, the share with at most 50,000 yuan at stake (涉民生小额). */
  static final double LIVELIHOOD_SMALL_AMOUNT = 0.6;

  /** Requests made by the applicant (申请执行人); the rest by the respondent or an agent. */
  static final double BY_APPLICANT = 0.82;

  /**
   * How often each case comes back, as relative weights of a case being the one a request is about. Most cases see a
   * request or two a year and a few parties keep coming; at 1.6 requests a case, chance alone puts three visits
   * within 30 days on a few dozen cases (多次来访), so the tail is thin.
   */
  static final Weighted<Integer> CASE_ACTIVITY =
      Weighted.<Integer>builder().add(1, 97.6).add(2, 2.3).add(4, 0.1).build();

  /**
   * Requests about a case not yet filed for enforcement (执前), which the rules send to the pre-enforcement team:
   * the seed's 394 transfers, allowing for the suggestions staff do not follow.
   */
  static final double CASE_NOT_YET_FILED = 394.0 / 6_393 / 0.95;

  /** Texts that threaten petitioning or the media (扬言信访), which the rules flag at once. */
  static final double THREAT_IN_TEXT = 0.0008;

  /** The same party submits the same request again while it is open (linked as an urge, and a visit). */
  static final double DUPLICATE_SUBMISSION = 0.006;

  /** A visit or call about the case that is not a request (来访/来电), per request. */
  static final double CONTACT_NOT_A_REQUEST = 0.015;

  /** A petition registered in the host's system on the case (信访), per request on a filed case. */
  static final double PETITION_REPORTED = 0.0015;

  // ---- handlers ---------------------------------------------------------------------------------------------------

  /** Officers at the centre's desk (干警); the director and the bureau leader are one each. */
  static final int OFFICERS = 8;

  /** First contact, as a fraction of the time to the response deadline. */
  static final double FIRST_CONTACT_EARLIEST = 0.05;
  /** First contact, as a fraction of the time to the response deadline. */
  static final double FIRST_CONTACT_LATEST = 0.8;

  /** Resolutions that miss the deadline (the seed: 14 of 6,393). */
  static final double LATE = 0.0025;

  /** An on-time resolution, as a fraction of the time to the resolution deadline. */
  static final double RESOLVED_EARLIEST = 0.1;
  /** An on-time resolution, as a fraction of the time to the resolution deadline. */
  static final double RESOLVED_LATEST = 0.97;
  /** A late resolution, as a multiple of the time to the resolution deadline. */
  static final double LATE_BY_AT_MOST = 1.8;

  /** Pauses waiting for the party's materials (等待当事人补充材料). */
  static final double PAUSE_FOR_PARTY = 0.04;
  /** How long the party takes to bring the materials, in working days. */
  static final int PAUSE_WORKING_DAYS_MAX = 6;

  /** Officers who escalate a complex request to the centre director themselves. */
  static final double ESCALATED_BY_OFFICER = 0.01;

  /** Staff follow the rules' delegation suggestion (a suggestion is advice; staff decide). */
  static final double FOLLOW_DELEGATION_SUGGESTION = 0.95;

  // ---- parties while it is open -----------------------------------------------------------------------------------

  /** The party urges through the app (催办). */
  static final double URGE = 0.06;
  /** The party urges a second time, which the rules treat as a repeated visit. */
  static final double SECOND_URGE = 0.0012;
  /** The party withdraws the request (撤回). */
  static final double WITHDRAW = 0.008;
  /** An officer marks a threat the party made in person (扬言信访). */
  static final double THREAT_MARKED_BY_OFFICER = 0.0005;

  // ---- resolvers --------------------------------------------------------------------------------------------------

  /**
   * The pre-enforcement team gets the debtor to perform voluntarily (the seed: 166 of 394, 42.13%); a little more
   * often here, because delegations made late in the year are still pending when the year's rate is taken.
   */
  static final double PRE_ENFORCEMENT_RESOLVED = 166.0 / 394 * 1.1;
  /** The village mediator settles the case (the seed: 170 of 419, 40.57%), allowing for December as above. */
  static final double VILLAGE_RESOLVED = 170.0 / 419 * 1.08;
  /** Of resolutions by a resolver, those by settlement (和解); the rest voluntary performance (自动履行). */
  static final double RESOLVER_SETTLEMENT = 0.3;
  /** A resolver who keeps the request past the delegation's own deadline. */
  static final double RESOLVER_OVERDUE = 0.04;

  // ---- after resolution -------------------------------------------------------------------------------------------

  /** The party evaluates in the app before the callback; otherwise the officer records it during the callback. */
  static final double EVALUATES_IN_APP = 0.3;
  /** The callback reaches the party; of the rest, a third decline to talk and two thirds are unreachable. */
  static final double CALLBACK_REACHED = 0.93;
  /** Evaluations declined (拒绝评价). */
  static final double EVALUATION_DECLINED = 0.03;
  /** Evaluations with a dissatisfied aspect (不满意): each opens a rectification item. */
  static final double EVALUATION_DISSATISFIED = 0.005;
  /** Evaluations with a basically satisfied aspect (基本满意), still counted as satisfied. */
  static final double EVALUATION_BASICALLY_SATISFIED = 0.08;
  /** The aspects parties are dissatisfied with. */
  static final Weighted<EvaluationAspect> DISSATISFIED_ASPECTS =
      Weighted.<EvaluationAspect>builder()
          .add(EvaluationAspect.MEASURES, 40)
          .add(EvaluationAspect.PROCESS, 20)
          .add(EvaluationAspect.ATTITUDE, 15)
          .add(EvaluationAspect.MANNER, 15)
          .add(EvaluationAspect.PROCEDURE, 10)
          .build();
  /** A dissatisfied evaluation the director reopens for another round (重新办理). */
  static final double REOPENED_AFTER_DISSATISFACTION = 0.3;
  /** A rectification measure recorded after its item's deadline. */
  static final double RECTIFICATION_LATE = 0.05;

  // ---- risk cases -------------------------------------------------------------------------------------------------

  /** Risk cases the director closes (化解, the seed: 37 of 79) some weeks after opening. */
  static final double RISK_CASE_CLOSED = 0.6;
  /** How long a risk case stays open before it is closed, in working days. */
  static final int RISK_CASE_WORKING_DAYS_MIN = 10;
  /** How long a risk case stays open before it is closed, in working days. */
  static final int RISK_CASE_WORKING_DAYS_MAX = 50;

  // ---- places -----------------------------------------------------------------------------------------------------

  /** Towns of the county and villages within each: every village has a mediation director with a resolver account. */
  static final List<String> TOWNS = List.of("榜头镇", "郊尾镇", "枫亭镇", "盖尾镇", "度尾镇", "赖店镇", "大济镇", "龙华镇");

  /** Villages within each town. */
  static final List<String> VILLAGES = List.of("后沁村", "坝下村", "东山村", "西林村", "南溪村", "前洋村");

  /** Surnames for the parties' masked names. */
  static final List<String> SURNAMES = List.of("林", "陈", "黄", "郑", "李", "王", "张", "吴", "蔡", "许", "刘", "杨");
}
