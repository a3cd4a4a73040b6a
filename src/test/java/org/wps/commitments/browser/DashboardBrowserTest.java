package org.wps.commitments.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.commitment.Commitment;
import org.wps.commitments.overdue.OverdueSeed;
import org.wps.commitments.plan.ImplementationPlan;
import org.wps.commitments.plan.PlanActivity;
import org.wps.commitments.plan.PlanFixture;
import org.wps.commitments.testing.Csv;

/**
 * The overdue dashboard in a real browser: the manager signs in through the sign-in page, sees the overdue
 * activities seeded for a party of UNMISS (one followed by its process, so with Tasklist and Cockpit links) among
 * everyone's, narrows the view to that party, downloads the CSV of exactly the rows shown, sees the charts drawn
 * and opens a commitment's page; a MINUSMA adviser sees MINUSMA's rows and none of UNMISS's. Screenshots of each
 * step land in {@code target/browser/}.
 */
@TrackerTest
class DashboardBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    PlanFixture plans;

    @Autowired
    OverdueSeed seed;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;

    private String followUpInstance;

    @org.junit.jupiter.api.AfterEach
    void removeSeededRows() {
        if (followUpInstance != null) {
            runtimeService.deleteProcessInstance(followUpInstance, "dashboard test done");
            followUpInstance = null;
        }
        seed.removeAll();
    }

    @Test
    void managerFindsNarrowsAndExportsOverdueWork() throws Exception {
        LocalDate today = seed.today();
        String party = seed.party("UNMISS");
        Commitment commitment = plans.signedCommitment(party, today.minusDays(200));
        ImplementationPlan plan = plans.validatedPlan(commitment, List.of(today.minusDays(40), today.minusDays(12)));
        PlanActivity followed = plans.activitiesOf(plan).get(0);
        String processInstanceId = plans.followUp(followed, commitment).getId();
        followUpInstance = processInstanceId;
        // another party's late commitment, which the party filter leaves out
        seed.commitment("UNMISS", seed.party("UNMISS"), "UNMISS-T-OTHER-" + UUID.randomUUID(), "DRAFTING", -5);

        try (Browser browser = Browser.open(port)) {
            try {
                signIn(browser, "manager");
                browser.visible(By.id("overdue-table"));
                assertThat(browser.visible(By.id("missions-shown")).getText())
                        .isEqualTo("MINUSCA, MINUSMA, MONUSCO, UNMISS, UNSOM");
                long everyone = total(browser);
                browser.until(d -> d.findElement(By.id("chart-by-mission")).getAttribute("data-drawn") != null);
                assertThat(browser.driver.findElements(By.cssSelector("#chart-by-age canvas")))
                        .as("the charts are drawn by the WebJar's ECharts under the strict CSP")
                        .isNotEmpty();
                browser.screenshot("dashboard-manager");

                new Select(browser.visible(By.id("filter-party"))).selectByValue(party);
                browser.click(By.id("apply-filters"));
                browser.until(d -> d.getCurrentUrl().contains("party=" + party));
                List<List<String>> table = tableRows(browser);
                browser.screenshot("dashboard-filtered");
                assertThat(total(browser)).isEqualTo(2).isLessThan(everyone);
                assertThat(table).extracting(row -> row.get(2)).containsOnly(party);
                assertThat(table).extracting(row -> row.get(4)).containsOnly(commitment.getReference());
                assertThat(table).extracting(row -> row.get(0)).containsExactly("ACTIVITY", "ACTIVITY");
                assertThat(table).extracting(row -> row.get(10)).containsExactly("40", "12");
                WebElement first = browser.driver.findElement(By.cssSelector("#overdue-table tbody tr"));
                assertThat(first.findElement(By.className("task-link")).getAttribute("href"))
                        .contains("/camunda/app/tasklist/default/#/?task=");
                assertThat(first.findElement(By.className("cockpit-link")).getAttribute("href"))
                        .endsWith("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId);

                String exportUrl = browser.visible(By.id("export-csv")).getAttribute("href");
                List<List<String>> csv = csv(exportUrl, browser.driver.manage().getCookieNamed("JSESSIONID"));
                assertThat(csv.get(0).get(0)).isEqualTo("kind");
                assertThat(csv.subList(1, csv.size()))
                        .extracting(line -> line.subList(0, 13))
                        .as("the CSV holds exactly the rows shown")
                        .isEqualTo(table.stream().map(row -> row.subList(0, 13)).toList());

                browser.click(By.cssSelector("#overdue-table tbody tr a.commitment-link"));
                browser.until(d -> d.getCurrentUrl().endsWith("/commitments/" + commitment.getReference()));
                browser.visible(By.xpath("//h1[contains(normalize-space(), '" + commitment.getReference() + "')]"));
                assertThat(browser.driver.getPageSource())
                        .as("the commitment's page shows its stage")
                        .contains("IMPLEMENTATION");
                browser.screenshot("commitment-page-from-dashboard");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("dashboard-manager-failure");
                throw e;
            }
        }
    }

    @Test
    void anAdviserSeesOnlyHerOwnMissionsRows() {
        String unmissParty = seed.party("UNMISS");
        long unmiss = seed.commitment("UNMISS", unmissParty, "UNMISS-T-" + UUID.randomUUID(), "DRAFTING", -30);
        String minusmaParty = seed.party("MINUSMA");
        String minusmaReference = "MINUSMA-T-" + UUID.randomUUID();
        seed.commitment("MINUSMA", minusmaParty, minusmaReference, "DRAFTING", -31);
        assertThat(unmiss).isPositive();

        try (Browser browser = Browser.open(port)) {
            try {
                signIn(browser, "minusmaAdviser");
                assertThat(browser.visible(By.id("missions-shown")).getText()).isEqualTo("MINUSMA");
                assertThat(tableRows(browser)).extracting(row -> row.get(1)).containsOnly("MINUSMA");
                assertThat(browser.driver.getPageSource()).doesNotContain(unmissParty);
                assertThat(new Select(browser.visible(By.id("filter-mission")))
                                .getOptions().stream().map(WebElement::getText))
                        .containsExactly("All my missions", "MINUSMA");

                new Select(browser.visible(By.id("filter-party"))).selectByValue(minusmaParty);
                browser.click(By.id("apply-filters"));
                browser.until(d -> d.getCurrentUrl().contains("party=" + minusmaParty));
                assertThat(tableRows(browser)).extracting(row -> row.get(4)).containsExactly(minusmaReference);
                browser.screenshot("dashboard-minusma-adviser");

                browser.go("/dashboard?party=" + unmissParty);
                browser.visible(By.id("overdue-table"));
                assertThat(total(browser))
                        .as("another mission's party shows nothing")
                        .isZero();
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("dashboard-adviser-failure");
                throw e;
            }
        }
    }

    private static void signIn(Browser browser, String user) {
        browser.go("/dashboard");
        browser.visible(By.id("username")).sendKeys(user);
        browser.visible(By.id("password")).sendKeys("Protect-2016");
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.visible(By.id("overdue-table"));
    }

    private static long total(Browser browser) {
        return Long.parseLong(browser.visible(By.id("row-summary")).getText().split(" ")[0]);
    }

    /** The cells of the table's rows, without the links column. */
    private static List<List<String>> tableRows(Browser browser) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.driver.findElements(By.cssSelector("#overdue-table tbody tr:not(.empty)"))) {
            List<String> cells = new ArrayList<>();
            tr.findElements(By.tagName("td"))
                    .forEach(td -> cells.add(td.getText().trim()));
            rows.add(cells.subList(0, cells.size() - 1));
        }
        return rows;
    }

    /** Downloads the export as the signed-in browser would, with its session cookie. */
    private static List<List<String>> csv(String url, Cookie session) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", session.getName() + "=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return Csv.parse(response.body());
    }
}
