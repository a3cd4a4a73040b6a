package org.wps.commitments.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.wps.commitments.commitment.CommitmentRepository;
import org.wps.commitments.commitment.CommitmentStage;

/**
 * An adviser's day in a real browser: sign in to Tasklist, open a commitment with the start form, record an
 * engagement with the task form (the form refuses to complete while required fields are empty), and an adviser
 * of another mission does not see any of it.
 */
@TrackerTest
class TasklistBrowserTest {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    CommitmentRepository commitments;

    private static void signIn(Browser browser, String user) {
        browser.go("/camunda/app/tasklist/");
        browser.visible(By.cssSelector("input[placeholder='Username']")).sendKeys(user);
        browser.visible(By.cssSelector("input[placeholder='Password']")).sendKeys("Protect-2016");
        browser.click(By.cssSelector("button[type='submit']"));
        browser.visible(By.xpath("//a[contains(normalize-space(), 'Start process')]"));
    }

    /** Picks an option of a form-js select: opens its dropdown (again, if focus just closed it) and clicks it. */
    private static void choose(Browser browser, String fieldKey, String optionText) {
        By select = By.xpath("//input[substring(@id, string-length(@id) - string-length('field_" + fieldKey
                + "') + 1) = 'field_" + fieldKey + "']/..");
        By option = By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(normalize-space(), \""
                + optionText + "\")]");
        browser.until(driver -> {
            var options = driver.findElements(option);
            if (options.isEmpty()) {
                driver.findElement(select).click();
                return false;
            }
            options.get(0).click();
            return true;
        });
    }

    private static By field(String key) {
        return By.cssSelector("[id$='field_" + key + "']");
    }

    private Optional<Commitment> commitmentTitled(String title) {
        return commitments.findAll().stream().filter(c -> c.getTitle().equals(title)).findFirst();
    }

    @Test
    void anAdviserOpensACommitmentAndRecordsAnEngagementInTasklist() {
        String title = "Browser check " + System.nanoTime();
        String reference;
        try (Browser browser = Browser.open(port)) {
            try {
                reference = openAndEngage(browser, title);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("adviser-opens-commitment");
                throw e;
            }
        }

        try (Browser other = Browser.open(port)) {
            signIn(other, "minusmaAdviser");
            other.visible(By.xpath("//*[contains(normalize-space(), \"My group's tasks\")]"));
            other.until(driver -> !driver.findElements(By.cssSelector(".tasks-list, .no-tasks, li.task")).isEmpty());
            assertThat(other.driver.getPageSource()).doesNotContain(reference);
        }
    }

    private String openAndEngage(Browser browser, String title) {
            signIn(browser, "unmissAdviser");
            browser.click(By.xpath("//a[contains(normalize-space(), 'Start process')]"));
            browser.click(By.xpath("//a[contains(normalize-space(), 'Commitment lifecycle')]"));
            choose(browser, "missionCode", "UNMISS");
            choose(browser, "partyCode", "(GOV-SSD)");
            choose(browser, "commitmentType", "Joint communiqué");
            browser.visible(field("title")).sendKeys(title);
            browser.visible(field("targetSigningDate-date")).sendKeys(
                    LocalDate.now().plusMonths(6).format(PICKER), Keys.TAB);
            browser.click(By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space() = 'Start']"));

            Commitment opened = browser.until(driver -> commitmentTitled(title).orElse(null));
            String reference = opened.getReference();
            assertThat(opened.getStage()).isEqualTo(CommitmentStage.ENGAGEMENT);
            assertThat(opened.getOpenedBy()).isEqualTo("unmissAdviser");

            browser.click(By.xpath("//li[contains(@class, 'task')][contains(normalize-space(), '" + reference + "')]"
                    + "//a[contains(normalize-space(), 'Record engagement with party')]"));
            browser.visible(By.xpath("//*[contains(normalize-space(), 'Commitment " + reference + "')]"));
            browser.click(By.xpath("//button[normalize-space() = 'Claim'] | //a[normalize-space() = 'Claim']"));

            // Tasklist offers no way to complete while required fields are empty
            By complete = By.xpath("//button[normalize-space() = 'Complete']");
            assertThat(browser.visible(complete).isEnabled()).isFalse();

            browser.visible(field("engagementDate-date")).sendKeys(LocalDate.now().minusDays(2).format(PICKER), Keys.TAB);
            choose(browser, "engagementLevel", "Women's Protection Adviser");
            browser.visible(field("counterpartRole")).sendKeys("Office of the President");
            browser.visible(field("engagementOutcome")).sendKeys("The office agreed to negotiate a text.");
            browser.click(By.xpath("//label[contains(normalize-space(), 'draft a text')]/input"));
            browser.click(complete);

            browser.until(driver -> commitments.findByReference(reference).orElseThrow().getStage()
                    == CommitmentStage.DRAFTING);
            browser.visible(By.xpath("//li[contains(@class, 'task')][contains(normalize-space(), '" + reference + "')]"
                    + "//a[contains(normalize-space(), 'Draft commitment text')]"));
            return reference;
    }
}
