package org.wps.commitments.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wps.commitments.TrackerTest;

/**
 * While demo users are seeded (the test profile seeds them, as the demo profile does) every page a person meets
 * says so in a visible bar: our sign-in page and dashboard (rendered by the server), and Tasklist and Cockpit,
 * where the bar is added by the webapps' custom script {@code demo-banner.js} after it asks {@code /demo-status}.
 * A script that fails to load, a wrong relative URL or a bar hidden behind Tasklist's header would each fail here,
 * which reading the files could not show.
 */
@TrackerTest
class DemoBannerBrowserTest {

    private static final String SENTENCE = "Demo data: invented users and commitments";

    @LocalServerPort
    int port;

    @Test
    void everyPageAndWebappShowsTheDemoBar() {
        try (Browser browser = Browser.open(port)) {
            try {
                browser.go("/dashboard");
                assertBar(browser, browser.visible(By.id("demo-banner")), "sign-in page");
                browser.visible(By.id("username")).sendKeys("unmissAdviser");
                browser.visible(By.id("password")).sendKeys("Protect-2016");
                browser.click(By.cssSelector("form button[type=submit]"));
                browser.visible(By.id("overdue-table"));
                assertBar(browser, browser.visible(By.id("demo-banner")), "dashboard");

                browser.driver.manage().deleteAllCookies();
                browser.go("/camunda/app/tasklist/");
                browser.visible(By.cssSelector("input[placeholder='Username']")).sendKeys("unmissAdviser");
                browser.visible(By.cssSelector("input[placeholder='Password']")).sendKeys("Protect-2016");
                browser.click(By.cssSelector("button[type='submit']"));
                browser.visible(By.xpath("//a[contains(normalize-space(), 'Start process')]"));
                assertBar(browser, browser.visible(By.id("wps-demo-banner")), "Tasklist");

                // the same session opens Cockpit (single sign-on across the webapps)
                browser.go("/camunda/app/cockpit/");
                assertBar(browser, browser.visible(By.id("wps-demo-banner")), "Cockpit");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("demo-banner");
                throw e;
            }
        }
    }

    /** The bar says the sentence, sits near the top (under the webapps' own header) and nothing covers it. */
    private static void assertBar(Browser browser, WebElement bar, String where) {
        assertThat(bar.getText()).as("the bar's sentence on the " + where).startsWith(SENTENCE);
        assertThat(bar.getSize().getHeight())
                .as("the bar has a height on the " + where)
                .isPositive();
        assertThat(bar.getLocation().getY())
                .as("the bar is at the top of the " + where)
                .isLessThan(120);
        Object onTop = ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + "const e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + "return e === arguments[0] || arguments[0].contains(e);",
                        bar);
        assertThat(onTop).as("nothing covers the bar on the " + where).isEqualTo(true);
    }
}
