package org.wps.commitments.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.wps.commitments.TrackerTest;

/**
 * The engine's expressions resolve only the allow-list: the tracker's delegate and listener beans and its model
 * functions. Camunda's Spring default resolves every bean, so a deployed {@code ${dataSource}} reached the database.
 */
@TrackerTest
class ExpressionBeansTest {

    private static final Pattern NAME = Pattern.compile("[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Autowired
    ExpressionBeans beans;

    @Autowired
    ApplicationContext context;

    private Object evaluate(String expression) {
        return configuration.getCommandExecutorTxRequired().execute(ctx -> configuration
                .getExpressionManager()
                .createExpression(expression)
                .getValue(StartProcessVariableScope.getSharedInstance()));
    }

    @Test
    void anAllowedBeanResolves_andNoOtherBeanDoes() {
        assertThat(evaluate("${openPlanDelegate}")).isSameAs(context.getBean("openPlanDelegate"));
        assertThat(context.containsBean("dataSource")).isTrue();
        for (String other : List.of("dataSource", "commitmentRepository", "identityService", "transactionManager")) {
            assertThatThrownBy(() -> evaluate("${" + other + "}"))
                    .as(other)
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining(other);
        }
    }

    @Test
    void theAllowListHoldsEveryBeanTheModelsName_andOnlyOurOwnBeans() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.toList()) {
                Matcher names = NAME.matcher(Files.readString(file));
                while (names.find()) {
                    if (context.containsBean(names.group(1))) {
                        named.add(names.group(1));
                    }
                }
            }
        }
        assertThat(named).isNotEmpty().contains("monitoringSchedule", "closureAssessments", "annualReportCycle");
        assertThat(beans.names()).containsAll(named);
        assertThat(beans.functionNames())
                .containsExactlyInAnyOrder("monitoringSchedule", "closureAssessments", "annualReportCycle");
        // every allowed bean is our own code, but the one value a timer reads (a String made by our configuration)
        assertThat(beans.names()).allSatisfy(name -> assertThat(name.equals("annualReportCycle")
                        || context.getType(name).getName().startsWith("org.wps.commitments."))
                .as(name)
                .isTrue());
    }
}
