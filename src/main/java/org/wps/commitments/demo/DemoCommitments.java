package org.wps.commitments.demo;

import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.CLEARANCE_DECISION;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COMMITMENT_ELEMENTS;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.COUNTERPART_ROLE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.DOCUMENT_REFERENCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.DRAFT_REFERENCE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_DATE;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_DECISION;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_LEVEL;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.ENGAGEMENT_OUTCOME;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.REVIEW_DECISION;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNATORY_TITLES;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNED_ON;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNING_OUTCOME;
import static org.wps.commitments.commitment.CommitmentLifecycleProcess.Variables.SIGNING_PLACE;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.CommitmentLifecycle;
import org.wps.commitments.commitment.CommitmentLifecycleProcess.Elements;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.plan.ImplementationPlanProcess;
import org.wps.commitments.process.ProcessVariable;

/**
 * Seeds realistic commitments from the domain brief (DOMAIN.md §9.3, §12) on an empty database, worked through
 * the real process by the demo users at the dates they happened, so that Tasklist shows commitments in every
 * stage and the escalation timers of late ones fire. Illustrative scenarios that are not public record say so
 * in their title.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "commitments.demo.commitments", havingValue = "true")
class DemoCommitments implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommitments.class);
    /** Present once the demo data has been seeded: it is never seeded twice. */
    static final String MARKER_REFERENCE = "UNMISS-JC-2014";

    private final CommitmentLifecycle lifecycle;
    private final CommitmentRepository commitments;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    DemoCommitments(
            CommitmentLifecycle lifecycle,
            CommitmentRepository commitments,
            TaskService taskService,
            IdentityService identityService,
            ProcessEngineConfigurationImpl engineConfiguration) {
        this.lifecycle = lifecycle;
        this.commitments = commitments;
        this.taskService = taskService;
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (commitments.existsByReference(MARKER_REFERENCE)) {
            return;
        }
        // the seed moves the engine's clock into the past; no timer may fire meanwhile
        JobExecutor jobExecutor = engineConfiguration.getJobExecutor();
        boolean wasActive = jobExecutor != null && jobExecutor.isActive();
        if (wasActive) {
            jobExecutor.shutdown();
        }
        try {
            seed();
        } finally {
            ClockUtil.reset();
            identityService.clearAuthentication();
            if (wasActive) {
                jobExecutor.start();
            }
        }
        LOG.info("Demo commitments seeded: {}", commitments.count());
    }

    private void seed() {
        var elementsJc = List.of(
                CommitmentElement.CHAIN_OF_COMMAND_ORDERS,
                CommitmentElement.INVESTIGATIONS,
                CommitmentElement.ACCOUNTABILITY,
                CommitmentElement.AMNESTY_EXCLUSION,
                CommitmentElement.PEACE_PROCESS_PROVISIONS);

        // South Sudan JC, 11 Oct 2014, Juba; implementation plan validated at the SRSG-SVC visit of May 2016
        scenario(
                        "unmissAdviser",
                        "UNMISS",
                        "GOV-SSD",
                        CommitmentType.JOINT_COMMUNIQUE,
                        "UNMISS-JC-2014",
                        "Joint Communiqué of the Republic of South Sudan and the UN on the prevention of CRSV",
                        date(2014, 10, 11),
                        Sensitivity.PUBLIC)
                .openedOn(date(2014, 8, 1))
                .engaged(
                        date(2014, 9, 15),
                        "SRSG_SVC",
                        "Office of the President",
                        "Text agreed for signature at the SRSG-SVC visit.")
                .drafted(elementsJc, "JC draft v3, OSRSG-SVC shared drive")
                .approved("unmissSenior")
                .cleared()
                .signed(date(2014, 10, 11), "Juba", "President of the Republic of South Sudan; SRSG-SVC", "JC-SSD-2014")
                .planRecorded(
                        date(2016, 5, 9),
                        "South Sudan JC implementation plan",
                        "Government of South Sudan, launched at the SRSG-SVC visit of 5-9 May 2016");

        // SPLM/A-IO unilateral communiqué, 18 Dec 2014: no validated plan since; the 6- and 12-month timers fire
        scenario(
                        "unmissAdviser",
                        "UNMISS",
                        "SPLM-IO",
                        CommitmentType.UNILATERAL_COMMUNIQUE,
                        "UNMISS-UC-2014",
                        "SPLM/A-IO unilateral communiqué on the prevention of CRSV",
                        date(2014, 12, 18),
                        Sensitivity.PUBLIC)
                .openedOn(date(2014, 11, 1))
                .engaged(date(2014, 12, 1), "SENIOR_WPA", "SPLM/A-IO Chairman's office", "Communiqué text settled.")
                .drafted(
                        List.of(CommitmentElement.CHAIN_OF_COMMAND_ORDERS, CommitmentElement.PEACE_PROCESS_PROVISIONS),
                        "SPLM/A-IO communiqué, final text")
                .approved("unmissSenior")
                .cleared()
                .signed(date(2014, 12, 18), "Pagak", "Chairman of the SPLM/A-IO", "SPLM-IO-UC-2014");

        // SSNPS action plan: finalised Aug 2019, still pending endorsement (signature overdue, escalated)
        scenario(
                        "unmissAdviser",
                        "UNMISS",
                        "SSNPS",
                        CommitmentType.ACTION_PLAN,
                        "UNMISS-AP-2019",
                        "South Sudan National Police Service action plan on CRSV",
                        date(2019, 12, 31),
                        Sensitivity.CONFIDENTIAL)
                .openedOn(date(2019, 3, 1))
                .engaged(
                        date(2019, 6, 10),
                        "WPA",
                        "Inspector General of Police's office",
                        "Police ready to finalise the plan.")
                .drafted(
                        List.of(
                                CommitmentElement.CODES_OF_CONDUCT,
                                CommitmentElement.INVESTIGATIONS,
                                CommitmentElement.FOCAL_POINT),
                        "SSNPS action plan, final draft August 2019")
                .approved("unmissSenior")
                .cleared();

        // Illustrative: a renewal of SSPDF commanders' undertakings awaiting senior review now
        scenario(
                        "unmissAdviser",
                        "UNMISS",
                        "SSPDF",
                        CommitmentType.COMMANDER_UNDERTAKING,
                        null,
                        "SSPDF commanders' undertakings, renewal (illustrative demo scenario)",
                        LocalDate.now().plusMonths(4),
                        Sensitivity.CONFIDENTIAL)
                .engaged(
                        LocalDate.now().minusDays(10),
                        "SENIOR_WPA",
                        "SSPDF Chief of Defence Forces' office",
                        "Commanders ready to renew their undertakings.")
                .drafted(List.of(CommitmentElement.COMMANDER_COMMITMENTS), "Undertaking template 2026");

        // Mali JC, 1 Mar 2019, Bamako; action plan validated 26-28 Oct 2021
        scenario(
                        "minusmaAdviser",
                        "MINUSMA",
                        "GOV-MLI",
                        CommitmentType.JOINT_COMMUNIQUE,
                        "MINUSMA-JC-2019",
                        "Joint Communiqué of the Government of Mali and the UN on the prevention of CRSV",
                        date(2019, 3, 1),
                        Sensitivity.PUBLIC)
                .openedOn(date(2016, 4, 15))
                .engaged(
                        date(2019, 1, 20),
                        "SRSG_SVC",
                        "Ministry of Justice",
                        "Signature planned at the SRSG-SVC visit.")
                .drafted(elementsJc, "Mali JC final text")
                .approved("minusmaSenior")
                .cleared()
                .signed(date(2019, 3, 1), "Bamako", "Minister of Justice; SRSG-SVC", "JC-MLI-2019")
                .planRecorded(
                        date(2021, 10, 28), "Mali JC action plan 2022-2024", "National validation workshop, Bamako");

        // La Plateforme unilateral communiqué, June 2016, with a one-year plan
        scenario(
                        "minusmaAdviser",
                        "MINUSMA",
                        "PLATEFORME",
                        CommitmentType.UNILATERAL_COMMUNIQUE,
                        "MINUSMA-UC-2016",
                        "La Plateforme unilateral communiqué on the prevention of CRSV",
                        date(2016, 6, 30),
                        Sensitivity.PUBLIC)
                .openedOn(date(2016, 3, 1))
                .engaged(date(2016, 5, 20), "SENIOR_WPA", "Plateforme leadership", "Communiqué agreed.")
                .drafted(List.of(CommitmentElement.CHAIN_OF_COMMAND_ORDERS), "Plateforme communiqué")
                .approved("minusmaSenior")
                .cleared()
                .signed(date(2016, 6, 30), "Bamako", "Plateforme coalition leadership", "PLATEFORME-UC-2016")
                .planRecorded(date(2016, 9, 1), "Plateforme one-year plan", "Plateforme leadership with MINUSMA WPAs");

        // CMA: still engaging for concrete commitments; no engagement recorded for months (stalled)
        scenario(
                        "minusmaAdviser",
                        "MINUSMA",
                        "CMA",
                        CommitmentType.UNILATERAL_COMMUNIQUE,
                        null,
                        "CMA commitment on the prevention of CRSV",
                        LocalDate.now().plusMonths(6),
                        Sensitivity.CONFIDENTIAL)
                .openedOn(LocalDate.now().minusMonths(9))
                .engaged(
                        LocalDate.now().minusMonths(8),
                        "WPA",
                        "CMA political bureau",
                        "Open to discuss; no text yet.",
                        "CONTINUE");

        // Somalia JC, May 2013, London; NAP launched 27 May 2014
        scenario(
                        "unsomAdviser",
                        "UNSOM",
                        "GOV-SOM",
                        CommitmentType.JOINT_COMMUNIQUE,
                        "UNSOM-JC-2013",
                        "Joint Communiqué of the Federal Government of Somalia and the UN on the prevention of CRSV",
                        date(2013, 5, 7),
                        Sensitivity.PUBLIC)
                .openedOn(date(2013, 4, 2))
                .engaged(
                        date(2013, 4, 6),
                        "SRSG_SVC",
                        "Office of the Prime Minister",
                        "Text agreed during the SRSG-SVC visit.")
                .drafted(elementsJc, "Somalia JC text")
                .approved(null)
                .cleared()
                .signed(date(2013, 5, 7), "London", "Federal Government of Somalia; SRSG-SVC", "JC-SOM-2013")
                .planRecorded(
                        date(2014, 5, 27),
                        "National action plan on ending sexual violence in conflict 2014-2016",
                        "Ministry of Women and Human Rights Development");

        // Illustrative: a police directive in clearance at OSRSG-SVC now
        scenario(
                        "unsomAdviser",
                        "UNSOM",
                        "SPF",
                        CommitmentType.ORDER_OR_DIRECTIVE,
                        null,
                        "Somali Police Force directive on CRSV (illustrative demo scenario)",
                        LocalDate.now().plusMonths(3),
                        Sensitivity.CONFIDENTIAL)
                .engaged(
                        LocalDate.now().minusDays(40),
                        "WPA",
                        "Commissioner of Police's office",
                        "Directive text agreed in principle.")
                .drafted(
                        List.of(CommitmentElement.CHAIN_OF_COMMAND_ORDERS, CommitmentElement.INVESTIGATIONS),
                        "SPF directive draft 2")
                .approved(null);
    }

    private Scenario scenario(
            String adviser,
            String mission,
            String party,
            CommitmentType type,
            String reference,
            String title,
            LocalDate target,
            Sensitivity sensitivity) {
        return new Scenario(adviser, new NewCommitment(mission, party, type, title, target, sensitivity, reference));
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Works one commitment through the lifecycle, each step as its user and at its date. */
    private final class Scenario {
        private final String adviser;
        private final NewCommitment request;
        private String processInstanceId;
        private String reference;
        private LocalDate today = LocalDate.now();

        Scenario(String adviser, NewCommitment request) {
            this.adviser = adviser;
            this.request = request;
        }

        Scenario openedOn(LocalDate day) {
            today = day;
            return this;
        }

        private String processInstanceId() {
            if (processInstanceId == null) {
                at(today, adviser);
                var opened = lifecycle.open(request);
                processInstanceId = opened.getProcessInstanceId();
                reference = opened.getReference();
            }
            return processInstanceId;
        }

        Scenario engaged(LocalDate day, String level, String counterpart, String outcome) {
            return engaged(day, level, counterpart, outcome, "READY_TO_DRAFT");
        }

        Scenario engaged(LocalDate day, String level, String counterpart, String outcome, String decision) {
            processInstanceId();
            return complete(
                    day,
                    adviser,
                    Elements.RECORD_ENGAGEMENT,
                    Map.of(
                            ENGAGEMENT_DATE,
                            day.toString(),
                            ENGAGEMENT_LEVEL,
                            level,
                            COUNTERPART_ROLE,
                            counterpart,
                            ENGAGEMENT_OUTCOME,
                            outcome,
                            ENGAGEMENT_DECISION,
                            decision));
        }

        Scenario drafted(List<CommitmentElement> elements, String draftReference) {
            return complete(
                    today,
                    adviser,
                    Elements.DRAFT_TEXT,
                    Map.of(
                            COMMITMENT_ELEMENTS,
                            elements.stream().map(Enum::name).toList(),
                            DRAFT_REFERENCE,
                            draftReference));
        }

        Scenario approved(String senior) {
            return complete(today, senior, Elements.REVIEW_DRAFT, Map.of(REVIEW_DECISION, "APPROVE"));
        }

        Scenario cleared() {
            return complete(today, "osrsgDesk", Elements.CLEAR_TEXT, Map.of(CLEARANCE_DECISION, "CLEAR"));
        }

        Scenario signed(LocalDate day, String place, String titles, String document) {
            return complete(
                    day,
                    adviser,
                    Elements.RECORD_SIGNING,
                    Map.of(
                            SIGNING_OUTCOME,
                            "SIGNED",
                            SIGNED_ON,
                            day.toString(),
                            SIGNING_PLACE,
                            place,
                            SIGNATORY_TITLES,
                            titles,
                            DOCUMENT_REFERENCE,
                            document));
        }

        /**
         * The adviser drafts the plan with a few real kinds of activity (DOMAIN.md §4.3) and a senior adviser
         * validates it on {@code day}. Deadlines are set around today, so that after start-up the job executor
         * finds some activities due soon and others overdue at each level of the escalation ladder.
         */
        Scenario planRecorded(LocalDate day, String title, String body) {
            LocalDate now = LocalDate.now(ZoneOffset.UTC);
            var activities = List.of(
                    demoActivity(
                            "Issue command order prohibiting sexual violence",
                            "Prevention",
                            "SECURITY_SECTOR_ORDERS_TRAINING",
                            "CHAIN_OF_COMMAND_ORDERS",
                            "Ministry of Defence",
                            now.minusDays(100),
                            "Order issued and disseminated to all units",
                            "FUNDED"),
                    demoActivity(
                            "Train trainers on the prevention of CRSV",
                            "Capacity-building of national forces",
                            "CAPACITY_TECHNICAL_SUPPORT",
                            "CODES_OF_CONDUCT",
                            "Armed forces training command",
                            now.minusDays(70),
                            "Trainers certified in every division",
                            "UNFUNDED"),
                    demoActivity(
                            "Designate focal points for access of monitors",
                            "Monitoring and analysis",
                            "MONITORING_COORDINATION",
                            "MONITORING_ACCESS",
                            "Implementation oversight committee",
                            now.minusDays(20),
                            "Focal points named in writing",
                            "PLEDGED"),
                    demoActivity(
                            "Open one-stop service centres",
                            "Technical support to the Government",
                            "SURVIVOR_SERVICES_REPARATIONS",
                            "SURVIVOR_SERVICES",
                            "Ministry of Gender with UNFPA",
                            now.plusDays(20),
                            "Centres open in two regions",
                            "PARTIALLY_FUNDED"));
            var values = new java.util.LinkedHashMap<ProcessVariable<?>, Object>();
            values.put(ImplementationPlanProcess.Variables.PLAN_TITLE, title);
            values.put(ImplementationPlanProcess.Variables.PERIOD_START, day.toString());
            values.put(
                    ImplementationPlanProcess.Variables.PERIOD_END,
                    now.plusYears(1).toString());
            values.put(ImplementationPlanProcess.Variables.COORDINATION_BODY, body);
            values.put(ImplementationPlanProcess.Variables.ACTIVITIES, org.camunda.spin.Spin.JSON(activities));
            complete(day, adviser, ImplementationPlanProcess.Elements.DRAFT_PLAN, values);
            String senior =
                    switch (request.missionCode()) {
                        case "UNMISS" -> "unmissSenior";
                        case "MINUSMA" -> "minusmaSenior";
                        default -> null;
                    };
            return complete(
                    day,
                    senior,
                    ImplementationPlanProcess.Elements.VALIDATE_PLAN,
                    Map.of(
                            ImplementationPlanProcess.Variables.PLAN_DECISION,
                            "APPROVE",
                            ImplementationPlanProcess.Variables.VALIDATED_ON,
                            day.toString(),
                            ImplementationPlanProcess.Variables.VALIDATING_BODY,
                            body));
        }

        private Map<String, Object> demoActivity(
                String title,
                String pillar,
                String classification,
                String element,
                String responsible,
                LocalDate deadline,
                String target,
                String funding) {
            var row = new java.util.LinkedHashMap<String, Object>();
            row.put("title", title);
            row.put("pillar", pillar);
            row.put("classification", classification);
            row.put("commitmentElement", element);
            row.put("responsibleEntity", responsible);
            row.put("deadline", deadline.toString());
            row.put("indicator", target);
            row.put("baseline", "None at signing");
            row.put("target", target);
            row.put("fundingStatus", funding);
            row.put("meansOfVerification", "Copy of the document; UN verification visit");
            return row;
        }

        private Scenario complete(
                LocalDate day, String userId, String taskKey, Map<ProcessVariable<?>, Object> values) {
            today = day;
            at(day, userId);
            // the plan's tasks live in the called implementation-plan instance: same business key
            Task task = taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(reference)
                    .taskDefinitionKey(taskKey)
                    .singleResult();
            VariableMap variables = Variables.createVariables();
            values.forEach((variable, value) -> variables.putValue(variable.name(), value));
            taskService.complete(task.getId(), variables);
            return this;
        }

        private void at(LocalDate day, String userId) {
            ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
            if (userId == null) {
                identityService.clearAuthentication();
                return;
            }
            DemoUser user = DemoUser.byId(userId);
            identityService.setAuthentication(user.id(), List.of(user.role()), List.copyOf(user.tenants()));
        }
    }
}
