package org.wps.commitments.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.wps.commitments.TrackerTest;
import org.wps.commitments.identity.Roles;
import org.wps.commitments.testing.Http;

/**
 * {@code /api/annual-report-inputs} and {@code /annual-reports}: only an approved input is downloaded, as CSV
 * safe to open in a spreadsheet or as a printable page, and only by the mission's people, the OSRSG-SVC desk
 * and managers.
 */
@TrackerTest
class AnnualReportHttpTest {

    private static final int APPROVED_YEAR = 2029;
    private static final int SUBMITTED_YEAR = 2028;
    private static final String FORMULA_PARTY = "ZZ-FORMULA";
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Click\")";

    @LocalServerPort
    int port;

    @Autowired
    AnnualReportFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
    }

    @Test
    void approvedStrictInput_downloadsAsCsvAndPrintablePage_onlyToThoseCleared() {
        approvedInputWithAFormulaPartyName();

        // the input is strictly confidential: those not cleared for it do not get it at all
        for (String user : List.of("unmissAdviser", "manager")) {
            assertThat(http.get("/api/annual-report-inputs/UNMISS/" + APPROVED_YEAR + "/csv", user)
                            .status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(http.get("/annual-reports/UNMISS/" + APPROVED_YEAR, user).status())
                    .as(user)
                    .isEqualTo(404);
        }
        var csv = http.get("/api/annual-report-inputs/UNMISS/" + APPROVED_YEAR + "/csv", "unmissSenior");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.get(0))
                .startsWith("mission,report_year,sensitivity,approved_on,party_code,party_name,commitments_open,")
                .endsWith(",concerns_verified_allegation,concerns_denial_of_access,concerns_amnesty");
        assertThat(lines.subList(1, lines.size()))
                .extracting(line -> line.split(",")[4])
                .containsExactly("GOV-SSD", "SPLA-IO-RM", "SPLM-IO", "SSNPS", "SSPDF", FORMULA_PARTY);
        assertThat(lines.get(1)).startsWith("UNMISS," + APPROVED_YEAR + ",STRICTLY_CONFIDENTIAL,2029-12-05,GOV-SSD,");
        // the formula is neutralised with a leading quote, then quoted because it holds commas and quotes
        assertThat(lines.get(6))
                .contains(",ZZ-FORMULA,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",")
                .doesNotContain(",=HYPERLINK");

        var page = http.get("/annual-reports/UNMISS/" + APPROVED_YEAR, "unmissSenior");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String body = page.body();
        assertThat(body)
                .contains("<title>Annual report input 2029: UNMISS</title>")
                .contains("@media print")
                .contains("United Nations Mission in South Sudan")
                .contains("unmissSenior on 2029-12-05")
                .contains("&lt;b&gt;Orders&lt;/b&gt; issued")
                .doesNotContain("<b>Orders</b>")
                .contains("=HYPERLINK(&quot;http://evil.example&quot;,&quot;Click&quot;) (ZZ-FORMULA)");
        assertThat(body.indexOf("STRICTLY CONFIDENTIAL"))
                .as("the sensitivity label heads the page")
                .isPositive()
                .isLessThan(body.indexOf("<h1>"));

        assertThat(http.get("/api/annual-report-inputs/UNMISS/" + APPROVED_YEAR + "/csv", "osrsgDesk")
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/annual-reports/UNMISS/" + APPROVED_YEAR, "unmissLeader")
                        .status())
                .isEqualTo(200);
        var detail = http.get("/api/annual-report-inputs/UNMISS/" + APPROVED_YEAR, "unmissSenior");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("status").asText()).isEqualTo("APPROVED");
        assertThat(detail.json().path("parties").size()).isEqualTo(6);
        assertThat(http.get("/api/annual-report-inputs?mission=unmiss", "unmissAdviser")
                        .json()
                        .findValuesAsText("reportYear"))
                .doesNotContain(String.valueOf(APPROVED_YEAR));
        var list = http.get("/api/annual-report-inputs?mission=unmiss", "unmissSenior");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("reportYear")).contains(String.valueOf(APPROVED_YEAR));
        assertThat(list.json().findValuesAsText("mission")).containsOnly("UNMISS");
    }

    @Test
    void notApprovedUnknownAndOtherMissions_areRefused() {
        ClockUtil.setCurrentTime(at(LocalDate.of(SUBMITTED_YEAR, 12, 1)));
        fixture.open("UNMISS", SUBMITTED_YEAR);
        fixture.complete(
                fixture.task("UNMISS", SUBMITTED_YEAR, AnnualReportInputProcess.Elements.PREPARE_INPUT),
                "unmissAdviser",
                Roles.ADVISERS,
                Map.of("sensitivity", "CONFIDENTIAL"));

        var csv = http.get("/api/annual-report-inputs/UNMISS/" + SUBMITTED_YEAR + "/csv", "unmissAdviser");
        assertThat(csv.status()).isEqualTo(409);
        assertThat(csv.contentType()).startsWith("application/problem+json");
        assertThat(csv.json().path("detail").asText())
                .startsWith("The 2028 input of UNMISS is not approved yet (status SUBMITTED)");
        assertThat(http.get("/annual-reports/UNMISS/" + SUBMITTED_YEAR, "manager")
                        .status())
                .isEqualTo(409);
        var detail = http.get("/api/annual-report-inputs/UNMISS/" + SUBMITTED_YEAR, "unmissAdviser");
        assertThat(detail.json().path("status").asText()).isEqualTo("SUBMITTED");

        var unknownYear = http.get("/api/annual-report-inputs/UNMISS/1999/csv", "unmissAdviser");
        assertThat(unknownYear.status()).isEqualTo(404);
        assertThat(unknownYear.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/annual-report-inputs/NOPE/" + SUBMITTED_YEAR, "manager")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/annual-reports/UNMISS/1999", "unmissAdviser").status())
                .isEqualTo(404);

        // another mission's adviser: the mission does not exist for her
        assertThat(http.get("/api/annual-report-inputs/UNMISS/" + SUBMITTED_YEAR, "minusmaAdviser")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/annual-reports/UNMISS/" + SUBMITTED_YEAR, "minusmaAdviser")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/annual-report-inputs?mission=UNMISS", "minusmaAdviser")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/api/annual-report-inputs?mission=UNMISS", "designer")
                        .status())
                .isEqualTo(404);
        var anonymous = http.get("/annual-reports/UNMISS/" + SUBMITTED_YEAR, null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private void approvedInputWithAFormulaPartyName() {
        ClockUtil.setCurrentTime(at(LocalDate.of(APPROVED_YEAR, 12, 1)));
        jdbc.update(
                "insert into party (code, name, type, mission_code) values (?, ?, 'NSAG', 'UNMISS')",
                FORMULA_PARTY,
                FORMULA_NAME);
        try {
            fixture.open("UNMISS", APPROVED_YEAR);
            fixture.complete(
                    fixture.task("UNMISS", APPROVED_YEAR, AnnualReportInputProcess.Elements.PREPARE_INPUT),
                    "unmissAdviser",
                    Roles.ADVISERS,
                    Map.of(
                            "highlights",
                            "<b>Orders</b> issued, focal points named.",
                            "sensitivity",
                            "STRICTLY_CONFIDENTIAL"));
            ClockUtil.setCurrentTime(at(LocalDate.of(APPROVED_YEAR, 12, 5)));
            fixture.complete(
                    fixture.task("UNMISS", APPROVED_YEAR, AnnualReportInputProcess.Elements.APPROVE_INPUT),
                    "unmissSenior",
                    Roles.SENIOR_ADVISERS,
                    Map.of("approvalDecision", "APPROVE"));
        } finally {
            // reference data is shared by every test: the frozen figures keep the party, the domain does not
            jdbc.update("delete from party where code = ?", FORMULA_PARTY);
        }
    }

    private static Date at(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
