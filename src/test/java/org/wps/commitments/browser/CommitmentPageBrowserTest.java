package org.wps.commitments.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitmentpage.WorkedCommitment;

/**
 * A commitment page in a real browser: an UNMISS senior adviser follows a link to a commitment, is asked to sign
 * in on the tracker's sign-in page, lands on the commitment and sees its stage, the activity's revised deadline
 * next to the original and the timeline of who did what; the page loads its style under the strict content
 * security policy, and "Sign out" (a form with its CSRF token) signs her out.
 */
@TrackerTest
class CommitmentPageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkedCommitment worked;

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void aSignedInUserOpensACommitmentPage() {
        String reference = worked.withDeadlineAcceptedOnEscalation();
        try (Browser browser = Browser.open(port)) {
            try {
                browser.go("/commitments/" + reference);
                browser.visible(By.id("username")).sendKeys("unmissSenior");
                browser.visible(By.id("password")).sendKeys("Protect-2016");
                browser.click(By.xpath("//button[normalize-space() = 'Sign in']"));

                assertThat(browser.visible(By.id("reference")).getText()).isEqualTo(reference);
                assertThat(browser.visible(By.id("stage")).getText()).isEqualTo("IMPLEMENTATION");
                WebElement activity = browser.visible(By.id("activity-A01"));
                assertThat(activity.findElement(By.className("cp-original")).getText())
                        .isEqualTo(WorkedCommitment.DEADLINE.toString());
                assertThat(activity.findElement(By.className("cp-deadline")).getText())
                        .isEqualTo(WorkedCommitment.ACCEPTED.toString());
                assertThat(activity.findElement(By.className("cp-revisions")).getText())
                        .contains(WorkedCommitment.ACCEPTANCE_NOTE);
                assertThat(browser.driver.findElements(By.cssSelector("#timeline li.cp-event")))
                        .extracting(WebElement::getText)
                        .anySatisfy(text -> assertThat(text)
                                .contains("Task completed: Decide on overdue item (level 1)")
                                .contains("by unmissSenior"))
                        .anySatisfy(text -> assertThat(text).contains("Timer fired: Deadline passed"));
                assertThat(browser.driver.findElement(By.id("cockpit-link")).getAttribute("href"))
                        .contains("/camunda/app/cockpit/default/#/process-instance/");
                assertThat(browser.driver.findElement(By.className("topbar")).getCssValue("display"))
                        .as("the shared style sheet is applied")
                        .isEqualTo("flex");
                browser.screenshot("commitment-page");

                browser.click(By.xpath("//button[normalize-space() = 'Sign out']"));
                browser.visible(By.xpath("//p[normalize-space() = 'You are signed out.']"));
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("commitment-page-failed");
                throw e;
            }
        }
    }
}
