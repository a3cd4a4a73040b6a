package org.wps.commitments.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.commitment.CommitmentElement;
import org.wps.commitments.commitment.CommitmentLifecycle;
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentStage;
import org.wps.commitments.commitment.CommitmentType;
import org.wps.commitments.commitment.NewCommitment;
import org.wps.commitments.confidentiality.Sensitivity;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.ImplementationPlanRepository;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanActivityRepository;
import org.wps.commitments.plan.PlanStatus;
import org.wps.commitments.review.ElementRating;
import org.wps.commitments.review.MonitoringReview;
import org.wps.commitments.review.ReviewStatus;

/**
 * A commitment's way through Tasklist in a real browser, as its users meet it: an UNMISS adviser opens it with
 * the start form and records an engagement (an outcome naming a survivor is warned about while typed and refused
 * by the server, the form keeping it), drafts the text, the senior adviser approves it, the OSRSG-SVC desk
 * clears it, the adviser records the signing (a signing date in the future is refused by the server with a
 * plain message, and the form keeps what was typed) and then the validated implementation plan. A MINUSMA
 * adviser sees her own mission's work and none of it.
 */
@TrackerTest
class TasklistBrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    CommitmentRepository commitments;

    @Autowired
    ImplementationPlanRepository plans;

    @Autowired
    PlanActivityRepository activities;

    @Autowired
    CommitmentLifecycle lifecycle;

    @Autowired
    org.wps.commitments.commitment.LifecycleDriver lifecycleDriver;

    @Autowired
    org.wps.commitments.plan.PlanDriver planDriver;

    @Autowired
    org.wps.commitments.process.Jobs jobs;

    @Autowired
    org.wps.commitments.review.MonitoringReviewRepository reviews;

    @Autowired
    org.wps.commitments.concern.ComplianceConcernRepository concerns;

    @Test
    void aCommitmentIsWorkedFromEngagementToItsPlanInTasklist() {
        String title =
                "Browser journey " + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String reference;
        try (Browser browser = Browser.open(port)) {
            try {
                reference = workThroughTasklist(browser, title);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("commitment-journey");
                throw e;
            }
        }

        String minusmaReference = lifecycle
                .open(new NewCommitment(
                        "MINUSMA",
                        "CMA",
                        CommitmentType.UNILATERAL_COMMUNIQUE,
                        "Browser check MINUSMA",
                        LocalDate.now().plusMonths(3),
                        Sensitivity.CONFIDENTIAL,
                        null))
                .getReference();
        try (Browser other = Browser.open(port)) {
            signIn(other, "minusmaAdviser");
            other.visible(By.xpath(
                    "//li[contains(@class, 'task')][contains(normalize-space(), '" + minusmaReference + "')]"));
            assertThat(other.driver.getPageSource()).doesNotContain(reference);
        }
    }

    @Test
    void aMonitoringReviewIsPreparedAndAConcernReportedInTasklist() {
        String reference = lifecycleDriver.open("GOV-SSD", LocalDate.now().plusMonths(2));
        lifecycleDriver.sign(reference, LocalDate.now());
        planDriver.draftAndValidate(reference, LocalDate.now(), LocalDate.now().plusMonths(4));
        try (Browser browser = Browser.open(port)) {
            try {
                jobs.fire(reference, "startEvent_reviewPeriodEnded");
                signIn(browser, "unmissAdviser");
                openTask(browser, reference, "Prepare monitoring review", "Monitoring review of " + reference);
                // only the commitment's own elements are rated
                browser.until(driver -> !driver.findElements(field("ratingCHAIN_OF_COMMAND_ORDERS"))
                                .isEmpty()
                        && !driver.findElements(field("ratingINVESTIGATIONS")).isEmpty());
                assertThat(browser.driver.findElements(field("ratingVETTING")))
                        .as("elements the commitment does not have are hidden")
                        .isEmpty();
                choose(browser, "ratingCHAIN_OF_COMMAND_ORDERS", "Full");
                choose(browser, "ratingINVESTIGATIONS", "Partial");
                pick(browser, "At risk");
                // form-js applies a number field's value a moment later and may re-render the fields typed
                // meanwhile: every value is typed again until all hold together
                typeAll(
                        browser,
                        java.util.Map.of(
                                "incidentsVerified", "0",
                                "investigationsOpened", "2",
                                "maraReference", "MARA-UNMISS-2027-Q1"));
                // the sensitivity is preset to confidential
                browser.click(By.xpath("//button[normalize-space() = 'Complete']"));
                MonitoringReview submitted = browser.until(driver -> reviews.findAll().stream()
                        .filter(r -> r.getStatus() == ReviewStatus.SUBMITTED)
                        .filter(r -> commitments
                                .findById(r.getCommitmentId())
                                .map(c -> c.getReference().equals(reference))
                                .orElse(false))
                        .findFirst()
                        .orElse(null));
                assertThat(submitted.getRatings())
                        .containsEntry(CommitmentElement.CHAIN_OF_COMMAND_ORDERS, ElementRating.FULL)
                        .containsEntry(CommitmentElement.INVESTIGATIONS, ElementRating.PARTIAL);
                assertThat(submitted.getSensitivity()).isEqualTo(Sensitivity.CONFIDENTIAL);

                browser.click(By.xpath("//a[contains(normalize-space(), 'Start process')]"));
                browser.click(By.xpath("//a[contains(normalize-space(), 'Report compliance concern')]"));
                choose(browser, "missionCode", "UNMISS");
                type(browser, "commitmentReference", reference);
                pick(browser, "Denial of access for monitoring");
                type(browser, "concernReference", "MARA-UNMISS-2027-0077");
                browser.click(By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space() = 'Start']"));
                var concern = browser.until(driver -> concerns.findAll().stream()
                        .filter(c -> c.getReference().equals("MARA-UNMISS-2027-0077"))
                        .findFirst()
                        .orElse(null));
                assertThat(concern.getReportedBy()).isEqualTo("unmissAdviser");
                assertThat(jobs.task(reference, "userTask_assessConcern")).isNotNull();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("review-and-concern");
                throw e;
            } finally {
                org.camunda.bpm.engine.impl.util.ClockUtil.reset();
            }
        }
    }

    private String workThroughTasklist(Browser browser, String title) {
        signIn(browser, "unmissAdviser");
        browser.visible(By.xpath("//*[contains(@class, 'sorting-choice') or contains(@class, 'dropdown')]"
                + "[contains(normalize-space(), 'Due date')]"));
        assertThat(browser.driver.getCurrentUrl())
                .as("task lists open with the most urgent task first")
                .contains("dueDate");
        browser.click(By.xpath("//a[contains(normalize-space(), 'Start process')]"));
        browser.click(By.xpath("//a[contains(normalize-space(), 'Commitment lifecycle')]"));
        choose(browser, "missionCode", "UNMISS");
        choose(browser, "partyCode", "(GOV-SSD)");
        choose(browser, "commitmentType", "Joint communiqué");
        // every text field is checked, not only narratives: a phone number in the title is warned about while
        // typed, and the start form has no confirmation box, so the hint says to reword it
        var titleField = browser.visible(field("title"));
        titleField.sendKeys("Call +211 912 345 678");
        browser.visible(By.xpath(
                "//*[contains(@class, 'wps-personal-data-warning')]" + "[contains(normalize-space(), 'reword it')]"));
        titleField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        titleField.sendKeys(title);
        browser.until(driver ->
                driver.findElements(By.className("wps-personal-data-warning")).isEmpty());
        browser.visible(field("targetSigningDate-date"))
                .sendKeys(LocalDate.now().plusMonths(6).format(PICKER), Keys.TAB);
        browser.click(By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space() = 'Start']"));

        Commitment opened = browser.until(driver -> commitmentTitled(title).orElse(null));
        String reference = opened.getReference();
        assertThat(opened.getStage()).isEqualTo(CommitmentStage.ENGAGEMENT);
        assertThat(opened.getOpenedBy()).isEqualTo("unmissAdviser");

        openTask(browser, reference, "Record engagement with party");
        By complete = By.xpath("//button[normalize-space() = 'Complete']");
        browser.click(complete);
        browser.visible(
                By.xpath("//*[contains(@class, 'fjs-form-field-error')][contains(normalize-space(), 'required')]"));
        assertThat(commitments.findByReference(reference).orElseThrow().getStage())
                .as("an empty form is not submitted")
                .isEqualTo(CommitmentStage.ENGAGEMENT);
        dismissNotifications(browser);
        browser.visible(field("engagementDate-date"))
                .sendKeys(LocalDate.now().minusDays(2).format(PICKER), Keys.TAB);
        choose(browser, "engagementLevel", "Women's Protection Adviser");
        browser.visible(field("counterpartRole")).sendKeys("Office of the President");
        // a narrative that looks like personal data: warned while typing, refused by the server, kept in the form
        var outcome = browser.visible(field("engagementOutcome"));
        outcome.sendKeys("Met survivor Mary Akol with the office.");
        By warning = By.xpath("//*[contains(@class, 'wps-personal-data-warning')]"
                + "[contains(normalize-space(), '“survivor Mary Akol” (a name next to “survivor”)')]");
        browser.visible(warning);
        pick(browser, "draft a text");
        browser.click(complete);
        browser.visible(By.xpath("//*[contains(normalize-space(), 'Outcome: this looks like personal data')]"));
        assertThat(browser.visible(field("engagementOutcome")).getAttribute("value"))
                .isEqualTo("Met survivor Mary Akol with the office.");
        assertThat(commitments.findByReference(reference).orElseThrow().getStage())
                .isEqualTo(CommitmentStage.ENGAGEMENT);
        dismissNotifications(browser);
        outcome = browser.visible(field("engagementOutcome"));
        outcome.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        outcome.sendKeys("The office agreed to negotiate a text.");
        browser.until(driver -> driver.findElements(warning).isEmpty()
                && driver.findElements(By.className("wps-personal-data-warning"))
                        .isEmpty());
        browser.click(complete);
        awaitStage(browser, reference, CommitmentStage.DRAFTING);

        openTask(browser, reference, "Draft commitment text");
        pick(browser, "Clear orders through chains of command");
        pick(browser, "Investigation of credible allegations");
        browser.visible(field("draftReference")).sendKeys("JC draft v1");
        browser.click(complete);
        awaitStage(browser, reference, CommitmentStage.SENIOR_REVIEW);
        assertThat(commitments.findByReference(reference).orElseThrow().getElements())
                .hasSize(2);

        signIn(browser, "unmissSenior");
        openTask(browser, reference, "Review draft");
        pick(browser, "Approve for clearance");
        browser.click(complete);
        awaitStage(browser, reference, CommitmentStage.CLEARANCE);

        signIn(browser, "osrsgDesk");
        openTask(browser, reference, "Clear commitment text");
        pick(browser, "Clear the text for signature");
        browser.click(complete);
        awaitStage(browser, reference, CommitmentStage.AWAITING_SIGNATURE);

        signIn(browser, "unmissAdviser");
        openTask(browser, reference, "Record signing");
        pick(browser, "Signed");
        browser.visible(field("signedOn-date"))
                .sendKeys(LocalDate.now().plusDays(3).format(PICKER), Keys.TAB);
        browser.visible(field("signingPlace")).sendKeys("Juba");
        browser.visible(field("signatoryTitles")).sendKeys("President of the Republic; SRSG-SVC");
        browser.visible(field("documentReference")).sendKeys("JC-SSD-BROWSER");
        browser.click(complete);
        browser.visible(By.xpath(
                "//*[contains(normalize-space(), 'is in the future; record the signing once it has happened')]"));
        assertThat(browser.visible(field("signingPlace")).getAttribute("value")).isEqualTo("Juba");
        assertThat(commitments.findByReference(reference).orElseThrow().getStage())
                .isEqualTo(CommitmentStage.AWAITING_SIGNATURE);

        dismissNotifications(browser);
        var signedOn = browser.visible(field("signedOn-date"));
        signedOn.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        signedOn.sendKeys(LocalDate.now().minusDays(1).format(PICKER), Keys.TAB);
        browser.click(complete);
        awaitStage(browser, reference, CommitmentStage.PLAN_DEVELOPMENT);

        // the plan is drafted in the called implementation-plan process, activities in a dynamic list
        openTask(browser, reference, "Draft implementation plan: " + reference);
        LocalDate start = LocalDate.now();
        browser.visible(field("planTitle")).sendKeys("Implementation plan 2027-2028");
        browser.visible(field("periodStart-date")).sendKeys(start.format(PICKER), Keys.TAB);
        browser.visible(field("periodEnd-date")).sendKeys(start.plusYears(1).format(PICKER), Keys.TAB);
        browser.visible(field("coordinationBody")).sendKeys("Implementation oversight committee");
        activityRow(browser, 0, "Issue command order", "Prevention", start.plusMonths(3));
        browser.click(By.cssSelector("button.fjs-repeat-render-add"));
        // a deadline outside the plan period: refused by the server, with the row named, and nothing typed is lost
        activityRow(browser, 1, "Train trainers in every division", "Capacity-building", start.plusYears(2));
        browser.click(complete);
        browser.visible(By.xpath("//*[contains(normalize-space(), 'Activity 2: Deadline')]"
                + "[contains(normalize-space(), 'is outside the plan period')]"));
        assertThat(browser.visible(field("activityTitle_1")).getAttribute("value"))
                .isEqualTo("Train trainers in every division");
        assertThat(browser.visible(field("activityTitle_0")).getAttribute("value"))
                .isEqualTo("Issue command order");
        dismissNotifications(browser);
        var deadline = browser.visible(field("activityDeadline_1-date"));
        deadline.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        deadline.sendKeys(start.plusMonths(9).format(PICKER), Keys.TAB);
        browser.click(complete);
        Commitment signed = commitments.findByReference(reference).orElseThrow();
        browser.until(driver -> plans.findByCommitmentIdOrderByIdAsc(signed.getId()).stream()
                .anyMatch(p -> p.getStatus() == PlanStatus.SUBMITTED));
        ImplementationPlan drafted =
                plans.findByCommitmentIdOrderByIdAsc(signed.getId()).get(0);
        assertThat(activities.findByPlanIdOrderByCodeAsc(drafted.getId()))
                .extracting(PlanActivity::getCode, PlanActivity::getTitle, PlanActivity::getDeadline)
                .containsExactly(
                        tuple("A01", "Issue command order", start.plusMonths(3)),
                        tuple("A02", "Train trainers in every division", start.plusMonths(9)));

        signIn(browser, "unmissSenior");
        openTask(browser, reference, "Validate implementation plan: " + reference);
        pick(browser, "Validate the plan");
        browser.visible(field("validatedOn-date")).sendKeys(start.format(PICKER), Keys.TAB);
        browser.visible(field("validatingBody")).sendKeys("National validation workshop");
        browser.click(complete);
        awaitStage(browser, reference, CommitmentStage.IMPLEMENTATION);
        Commitment implemented = commitments.findByReference(reference).orElseThrow();
        assertThat(implemented.getSigningPlace()).isEqualTo("Juba");
        return reference;
    }

    /** Fills row {@code index} of the draft-plan form's activity list. */
    private static void activityRow(Browser browser, int index, String title, String pillar, LocalDate deadline) {
        browser.visible(field("activityTitle_" + index)).sendKeys(title);
        browser.visible(field("activityPillar_" + index)).sendKeys(pillar);
        choose(browser, "activityClassification_" + index, "Security sector: orders and training");
        choose(browser, "activityCommitmentElement_" + index, "Orders through the chain of command");
        browser.visible(field("activityResponsibleEntity_" + index)).sendKeys("Ministry of Defence");
        browser.visible(field("activityDeadline_" + index + "-date")).sendKeys(deadline.format(PICKER), Keys.TAB);
        browser.visible(field("activityIndicator_" + index)).sendKeys("Order issued to all units");
        browser.visible(field("activityTarget_" + index)).sendKeys("Order in force");
        choose(browser, "activityFundingStatus_" + index, "Unfunded");
        browser.visible(field("activityMeansOfVerification_" + index)).sendKeys("Copy of the order");
    }

    private static void signIn(Browser browser, String user) {
        browser.driver.manage().deleteAllCookies();
        browser.go("/camunda/app/tasklist/");
        browser.visible(By.cssSelector("input[placeholder='Username']")).sendKeys(user);
        browser.visible(By.cssSelector("input[placeholder='Password']")).sendKeys("Protect-2016");
        browser.click(By.cssSelector("button[type='submit']"));
        browser.visible(By.xpath("//a[contains(normalize-space(), 'Start process')]"));
    }

    /** Opens the commitment's task from "My group's tasks" and claims it. */
    private static void openTask(Browser browser, String reference, String taskName) {
        openTask(browser, reference, taskName, "Commitment " + reference);
    }

    /** Opens the task, waits for its form to show {@code heading} and claims it. */
    private static void openTask(Browser browser, String reference, String taskName, String heading) {
        browser.click(By.xpath("//li[contains(@class, 'task')][contains(normalize-space(), '" + reference + "')]"
                + "//a[normalize-space() = '" + taskName + "']"));
        browser.visible(By.xpath("//*[contains(normalize-space(), '" + heading + "')]"));
        browser.click(By.xpath("//button[normalize-space() = 'Claim'] | //a[normalize-space() = 'Claim']"));
    }

    /** Picks an option of a form-js select: opens its dropdown (again, if focus just closed it) and clicks it. */
    private static void choose(Browser browser, String fieldKey, String optionText) {
        By select = By.xpath("//input[substring(@id, string-length(@id) - string-length('field_" + fieldKey
                + "') + 1) = 'field_" + fieldKey + "']/..");
        By option = By.xpath(
                "//*[contains(@class, 'fjs-dropdownlist-item')][contains(normalize-space(), \"" + optionText + "\")]");
        browser.until(driver -> {
            var options = driver.findElements(option);
            // long forms (the plan's activity list) put options under Tasklist's footer: scroll them into view
            var js = (org.openqa.selenium.JavascriptExecutor) driver;
            if (options.isEmpty()) {
                var field = driver.findElement(select);
                js.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
                field.click();
                return false;
            }
            js.executeScript("arguments[0].scrollIntoView({block: 'center'});", options.get(0));
            options.get(0).click();
            return true;
        });
    }

    /** Types into several form fields until every one holds its text at the same time. */
    private static void typeAll(Browser browser, java.util.Map<String, String> values) {
        browser.until(driver -> {
            boolean all = true;
            for (var entry : values.entrySet()) {
                var input = driver.findElement(field(entry.getKey()));
                if (!entry.getValue().equals(input.getAttribute("value"))) {
                    all = false;
                    ((org.openqa.selenium.JavascriptExecutor) driver)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
                    input.click();
                    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                    input.sendKeys(entry.getValue());
                }
            }
            return all;
        });
    }

    /** Types into a form field, scrolled into view, until the field holds the text. */
    private static void type(Browser browser, String key, String text) {
        browser.until(driver -> {
            var input = driver.findElement(field(key));
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
            if (!text.equals(input.getAttribute("value"))) {
                input.click();
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
                input.sendKeys(text);
            }
            return text.equals(input.getAttribute("value"));
        });
    }

    /** Closes Tasklist's notifications, which cover the form's buttons. */
    private static void dismissNotifications(Browser browser) {
        for (var close : browser.driver.findElements(By.cssSelector(".notifications button.close"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
    }

    /** Ticks the radio button or checkbox labelled with this text. */
    private static void pick(Browser browser, String label) {
        browser.click(By.xpath("//label[contains(normalize-space(), \"" + label + "\")]/input"));
    }

    private static By field(String key) {
        return By.cssSelector("[id$='field_" + key + "']");
    }

    private void awaitStage(Browser browser, String reference, CommitmentStage stage) {
        browser.until(
                driver -> commitments.findByReference(reference).orElseThrow().getStage() == stage);
    }

    private Optional<Commitment> commitmentTitled(String title) {
        return commitments.findAll().stream()
                .filter(c -> c.getTitle().equals(title))
                .findFirst();
    }
}
