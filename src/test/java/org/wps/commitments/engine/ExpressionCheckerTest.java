package org.wps.commitments.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the deployment guard lets an expression reach, judged on the engine's own JUEL parse tree. */
class ExpressionCheckerTest {

    private final ExpressionChecker checker = new ExpressionChecker(
            Set.of("openPlanDelegate", "monitoringSchedule")::contains,
            Set.of("monitoringSchedule")::contains,
            Set.of("openPlanDelegate", "monitoringSchedule", "dataSource", "identityService")::contains);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${stageDueDate}",
                "${escalationDecision == 'RAISE_TO_NEXT_LEVEL' || escalationDecision == 'ENGAGE_PARTY'}",
                "${reviewStatus != 'DUE' && reviewStatus != 'RETURNED'}",
                "${monitoringSchedule.reviewDue(commitmentId)}",
                "#{execution.processBusinessKey}",
                "${openPlanDelegate}",
                "no expression at all",
                "${not empty x ? x + 1 : 0}"
            })
    void whatTheModelsUse_passes(String expression) {
        assertThat(checker.problems("element_x", "expression", expression)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${execution.getProcessEngineServices().getIdentityService().createUserQuery().count()}",
                "${execution.processEngineServices}",
                "${execution['processEngineServices']}",
                "${task.execution}",
                "${dataSource}",
                "${identityService.newUser('eve')}",
                "${openPlanDelegate.execute(execution)}",
                "${monitoringSchedule.getClass()}",
                "${''.getClass()}",
                "${fn:exec('id')}",
                "${now()}",
                "${x.y}",
                "${monitoringSchedule.reviewDue(execution.getProcessEngine())}",
                "${unclosed"
            })
    void anythingElse_isRefusedNamingTheElement(String expression) {
        assertThat(checker.problems("element_x", "expression", expression))
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).startsWith("element_x: expression '"));
    }

    @Test
    void aDelegateExpressionNamesOneAllowedBeanOnly() {
        assertThat(checker.delegateProblems("task_x", "delegateExpression", "${openPlanDelegate}"))
                .isEmpty();
        assertThat(checker.delegateProblems("task_x", "delegateExpression", "${dataSource}"))
                .singleElement()
                .asString()
                .contains("must name one of the tracker's delegate or listener beans");
        assertThat(checker.delegateProblems("task_x", "delegateExpression", "${openPlanDelegate.x}"))
                .hasSize(1);
    }
}
