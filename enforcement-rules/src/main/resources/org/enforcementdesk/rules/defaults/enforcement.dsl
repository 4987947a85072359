# 规则用语 (the vocabulary of rules in business language). Each line maps a sentence a clerk writes in a *.dslr file
# to the DRL it stands for: [when] lines are conditions, [then] lines are actions. Write a rule with these sentences;
# `./enforcement rules expand FILE` shows the DRL, and `validate-rules` refuses a sentence that is not here.
#
# Traps the validator refuses: a placeholder needs a pattern ({类型:\p{IsHan}+}, never a bare {类型}, which swallows
# punctuation); \w does not match Chinese (use \p{IsHan}); no full-width punctuation in a sentence's key; save the
# file as UTF-8 without BOM. Words in @type("..."), @urgency, @tier, @risk, @delegation and @period are checked
# against the book's codes when it is built; a reason in @text("...") may quote the request's figures in 〔〕.

# ---- 受理: conditions on the request (IntakeRequest) ----
[when]诉求类型为 {类型:[\p{IsHan}A-Z_/]+}=IntakeRequest( typeCode == @type("{类型}") )
[when]诉求类型不是 {类型:[\p{IsHan}A-Z_/]+}=IntakeRequest( typeCode != @type("{类型}") )
[when]查封到期不超过 {天数:\d+} 天=IntakeRequest( daysUntilSeizureExpiry != null, daysUntilSeizureExpiry <= {天数} )
[when]查封到期超过 {天数:\d+} 天=IntakeRequest( daysUntilSeizureExpiry != null, daysUntilSeizureExpiry > {天数} )
[when]被执行人当前下落明确=IntakeRequest( debtorLocatedNow )
[when]财产即将被转移=IntakeRequest( assetsAboutToMove )
[when]案件尚未执行立案=IntakeRequest( caseNotYetFiled )
[when]案件已执行立案=IntakeRequest( !caseNotYetFiled )
[when]本案30日内来访达到多次来访标准=IntakeRequest( visitsWithin30Days >= settings.repeatedVisitsWithin30Days )
[when]本案30日内来访不少于 {次数:\d+} 次=IntakeRequest( visitsWithin30Days >= {次数} )
[when]本案有未办结的信访=IntakeRequest( openPetitions > 0 )
[when]诉求内容含扬言用语=IntakeRequest( settings.threatPhraseIn(text) != null )
[when]当事人所在村已知=IntakeRequest( partyVillage != null )
[when]标的额不超过村调解限额=IntakeRequest( amountAtStakeYuan != null, amountAtStakeYuan <= settings.villageMediatorMaxAmount )
[when]标的额不超过 {金额:\d+} 元=IntakeRequest( amountAtStakeYuan != null, amountAtStakeYuan <= {金额} )
[when]案件涉民生=IntakeRequest( livelihood || settings.isLivelihoodCause(causeOfAction) )

# ---- 受理: actions on the decision (the global intake) ----
[then]设定紧急程度为 {紧急程度:\p{IsHan}+}=intake.exception().urgency(@urgency("{紧急程度}"));
[then]限 {时限:\d+\s*\p{IsHan}+}内响应=intake.exception().responsePeriod(@period("{时限}"));
[then]限 {时限:\d+\s*\p{IsHan}+}内办结=intake.exception().resolutionPeriod(@period("{时限}"));
[then]限 {时限:\d+\s*\p{IsHan}+}内回访=intake.exception().callbackPeriod(@period("{时限}"));
[then]由 {层级:\p{IsHan}+} 起办=intake.exception().startTier(@tier("{层级}"));
[then]办理要求 {要求:[^"\\]+}=intake.requirement(@text("{要求}"));
[then]须在查封期限届满前办结=intake.resolveNoLaterThan(intake.request().getSeizureExpiryDayStart());
[then]标记风险 {风险:\p{IsHan}+} 理由为 {理由:[^"\\]+}=intake.riskFlag(@risk("{风险}"), @text("{理由}"));
[then]建议委派 {对象:\p{IsHan}+} 理由为 {理由:[^"\\]+}=intake.delegate(@delegation("{对象}"), @text("{理由}"));
[then]建议委派当事人所在村调解主任 理由为 {理由:[^"\\]+}=intake.delegateToVillageMediator(intake.request().getPartyVillage(), @text("{理由}"));

# ---- 复核: conditions on the order under review (ReviewOrder) ----
[when]在定时检查时=ReviewOrder( signal == ReviewSignal.TICK )
[when]不在定时检查时=ReviewOrder( signal != ReviewSignal.TICK )
[when]在当事人催办时=ReviewOrder( signal == ReviewSignal.URGE )
[when]在当事人评价时=ReviewOrder( signal == ReviewSignal.EVALUATION )
[when]在本案有新来访时=ReviewOrder( signal == ReviewSignal.CASE_ACTIVITY )
[when]办结期限临近=ReviewOrder( resolutionState == SlaState.AT_RISK )
[when]办结期限已逾期=ReviewOrder( resolutionState == SlaState.BREACHED )
[when]尚未预警办结期限=ReviewOrder( !warned )
[when]尚未记录逾期=ReviewOrder( !breached )
[when]工单紧急程度为 {紧急程度:\p{IsHan}+}=ReviewOrder( urgency == @urgency("{紧急程度}") )
[when]工单紧急程度不是 {紧急程度:\p{IsHan}+}=ReviewOrder( urgency != @urgency("{紧急程度}") )
[when]当前层级为 {层级:\p{IsHan}+}=ReviewOrder( tier == @tier("{层级}") )
[when]当前层级不是 {层级:\p{IsHan}+}=ReviewOrder( tier != @tier("{层级}") )
[when]还有上一级层级=ReviewOrder( nextTier != null )

# ---- 复核: actions on the review (the global review) ----
[then]预警办结期限 理由为 {理由:[^"\\]+}=review.warnResolution(@text("{理由}"));
[then]升至上一级层级 理由为 {理由:[^"\\]+}=review.escalate(review.order().getNextTier(), @text("{理由}"));
[then]升至 {层级:\p{IsHan}+} 理由为 {理由:[^"\\]+}=review.escalate(@tier("{层级}"), @text("{理由}"));
