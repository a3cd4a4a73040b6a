package org.wps.commitments.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code processes/review-outcome.dmn} on its own (plain DMN engine): what follows an endorsed review, for each
 * rule of the table (first hit wins), and that every rule is hit by some case.
 */
class ReviewOutcomeDecisionTest {

    private static final Set<String> RULES_HIT = new HashSet<>();
    /** The rule that decided the last evaluation (FIRST hit policy: the first that matched). */
    private static String decidingRule;

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                decidingRule = event.getMatchingRules().isEmpty()
                        ? null
                        : event.getMatchingRules().get(0).getId();
                RULES_HIT.add(decidingRule);
            }
        }));
        dmn = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("processes/review-outcome.dmn"))) {
            decision = dmn.parseDecision(MonitoringReviewProcess.OUTCOME_DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} after {1}, incidents {2}, all full {3} -> {4} {5} flag={6} ({7})")
    @CsvSource({
        "NON_COMPLIANT, NONE,          0, false, ESCALATE,        2, true,  rule_nonCompliantGoesToLeadership",
        "NON_COMPLIANT, ON_TRACK,      3, true,  ESCALATE,        2, true,  rule_nonCompliantGoesToLeadership",
        "OFF_TRACK,     OFF_TRACK,     0, false, ESCALATE,        2, true,  rule_offTrackTwiceGoesToLeadership",
        "OFF_TRACK,     NON_COMPLIANT, 0, false, ESCALATE,        2, true,  rule_offTrackTwiceGoesToLeadership",
        "OFF_TRACK,     AT_RISK,       0, false, ESCALATE,        1, true,  rule_offTrackGoesToSeniorAdvisers",
        "OFF_TRACK,     NONE,          2, false, ESCALATE,        1, true,  rule_offTrackGoesToSeniorAdvisers",
        "ON_TRACK,      NONE,          1, true,  ESCALATE,        1, true,  rule_verifiedIncidentsGoToSeniorAdvisers",
        "AT_RISK,       ON_TRACK,      4, false, ESCALATE,        1, true,  rule_verifiedIncidentsGoToSeniorAdvisers",
        "AT_RISK,       AT_RISK,       0, false, ESCALATE,        1, false, rule_atRiskTwiceGoesToSeniorAdvisers",
        "AT_RISK,       OFF_TRACK,     0, false, ESCALATE,        1, false, rule_atRiskTwiceGoesToSeniorAdvisers",
        "ON_TRACK,      AT_RISK,       0, true,  PROPOSE_CLOSURE, ,  true,  rule_allElementsFullProposesClosure",
        "AT_RISK,       NONE,          0, false, CONTINUE,        ,  true,  rule_atRiskIsFlagged",
        "AT_RISK,       ON_TRACK,      0, true,  CONTINUE,        ,  true,  rule_atRiskIsFlagged",
        "ON_TRACK,      NONE,          0, false, CONTINUE,        ,  false, rule_onTrackContinues",
        "ON_TRACK,      OFF_TRACK,     0, false, CONTINUE,        ,  false, rule_onTrackContinues",
    })
    void decidesTheFollowUp(
            String overall,
            String previous,
            long incidents,
            boolean allFull,
            String followUp,
            Integer level,
            boolean flag,
            String rule) {
        var result = dmn.evaluateDecisionTable(
                decision,
                Variables.createVariables()
                        .putValue("overallCompliance", overall)
                        .putValue("previousCompliance", previous)
                        .putValue("verifiedIncidents", incidents)
                        .putValue("allElementsFull", allFull));
        Map<String, Object> entries = new HashMap<>(result.getFirstResult().getEntryMap());
        assertThat(entries.get("followUp")).isEqualTo(followUp);
        assertThat(entries.get("escalationLevel")).isEqualTo(level);
        assertThat(entries.get("flagForAnnualReport")).isEqualTo(flag);
        assertThat(ReviewFollowUp.valueOf(followUp)).isNotNull();
        assertThat(decidingRule).as("the rule that decided").isEqualTo(rule);
    }

    @AfterAll
    static void everyRuleWasHit() {
        assertThat(RULES_HIT)
                .containsExactlyInAnyOrder(
                        "rule_nonCompliantGoesToLeadership",
                        "rule_offTrackTwiceGoesToLeadership",
                        "rule_offTrackGoesToSeniorAdvisers",
                        "rule_verifiedIncidentsGoToSeniorAdvisers",
                        "rule_atRiskTwiceGoesToSeniorAdvisers",
                        "rule_allElementsFullProposesClosure",
                        "rule_atRiskIsFlagged",
                        "rule_onTrackContinues");
    }
}
