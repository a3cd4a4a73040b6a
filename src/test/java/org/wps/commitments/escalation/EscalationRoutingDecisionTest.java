package org.wps.commitments.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
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
import org.wps.commitments.identity.Roles;

/**
 * {@code processes/escalation-routing.dmn} on its own (plain DMN engine): which level and group each late item
 * reaches, and that every rule is hit by some case.
 */
class EscalationRoutingDecisionTest {

    private static final Set<String> RULES_HIT = new HashSet<>();
    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(
                java.util.List.of(new DmnDecisionTableEvaluationListener() {
                    @Override
                    public void notify(DmnDecisionTableEvaluationEvent event) {
                        event.getMatchingRules().forEach(rule -> RULES_HIT.add(rule.getId()));
                    }
                }));
        dmn = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(Path.of(OverdueEscalationProcess.ROUTING_RESOURCE))) {
            decision = dmn.parseDecision(OverdueEscalationProcess.ROUTING_DECISION, in);
        }
    }

    @ParameterizedTest(name = "{0} {1} listed={2} -> level {3} {4} immediate={5}")
    @CsvSource({
        "ACTIVITY,            1, false, 1, seniorAdvisers,    false",
        "ACTIVITY,            2, false, 2, missionLeadership, false",
        "ACTIVITY,            3, false, 3, osrsgSvc,          false",
        "ACTIVITY,            4, false, 3, osrsgSvc,          false",
        "ACTIVITY,            1, true,  3, osrsgSvc,          true",
        "PLAN_DRAFTING,       1, false, 1, seniorAdvisers,    true",
        "SIGNATURE,           1, false, 1, seniorAdvisers,    true",
        "STALLED_ENGAGEMENT,  1, false, 1, seniorAdvisers,    true",
        "STALLED_ENGAGEMENT,  2, false, 2, missionLeadership, false",
        "SIGNATURE,           1, true,  3, osrsgSvc,          true",
        "REVIEW_MISSED,       1, false, 1, seniorAdvisers,    true",
        "REVIEW_MISSED,       2, false, 2, missionLeadership, false",
        "REVIEW_OUTCOME,      1, false, 1, seniorAdvisers,    true",
        "REVIEW_OUTCOME,      2, false, 2, missionLeadership, true",
        "REVIEW_OUTCOME,      3, false, 3, osrsgSvc,          true",
        "REVIEW_OUTCOME,      2, true,  3, osrsgSvc,          true",
    })
    void routes(String itemType, int nextLevel, boolean listed, int level, String group, boolean immediate) {
        DmnDecisionTableResult result = dmn.evaluateDecisionTable(
                decision,
                Variables.createVariables()
                        .putValue("itemType", itemType)
                        .putValue("nextLevel", (long) nextLevel)
                        .putValue("partyListed", listed));
        org.camunda.bpm.dmn.engine.DmnDecisionRuleResult entries = result.getSingleResult();
        assertThat(Map.copyOf(entries.getEntryMap()))
                .containsEntry("level", level)
                .containsEntry("candidateGroup", group)
                .containsEntry("immediate", immediate);
        assertThat(Roles.class.getDeclaredFields())
                .as("the group is one of the roles")
                .anySatisfy(f -> assertThat(readConstant(f)).isEqualTo(group));
    }

    @AfterAll
    static void everyRuleWasHit() {
        assertThat(RULES_HIT)
                .containsExactlyInAnyOrder(
                        "rule_listedPartyGoesToOsrsgSvc",
                        "rule_lifecycleItemsStartAtOnce",
                        "rule_reviewOutcomeLevel1",
                        "rule_reviewOutcomeLevel2",
                        "rule_reviewOutcomeLevel3",
                        "rule_level1SeniorAdvisers",
                        "rule_level2MissionLeadership",
                        "rule_level3OsrsgSvc");
    }

    private static Object readConstant(java.lang.reflect.Field field) {
        try {
            return java.lang.reflect.Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
