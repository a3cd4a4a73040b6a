package org.wps.commitments.annualreport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The yearly annual-report input, under {@code commitments.annual-report.*}: when the call for input opens and
 * when the prepared and approved input are due. The call covers January to December of the year it opens in.
 *
 * @param opensOn month and day ({@code MM-dd}) on which every mission's input opens, at 06:00 server time
 * @param prepareDueOn month and day ({@code MM-dd}) of the following year by which advisers submit the input
 * @param approveWithin how long a senior adviser has to approve a submitted input
 */
@ConfigurationProperties("commitments.annual-report")
record AnnualReportProperties(
        @DefaultValue("12-01") String opensOn,
        @DefaultValue("01-15") String prepareDueOn,
        @DefaultValue("P14D") Period approveWithin) {

    /** Hour of the day, in the server's time zone, at which the cycle opens the inputs. */
    static final int OPENING_HOUR = 6;

    public AnnualReportProperties {
        monthDay(opensOn, "opens-on");
        monthDay(prepareDueOn, "prepare-due-on");
        if (approveWithin == null || approveWithin.isNegative() || approveWithin.isZero()) {
            throw new IllegalArgumentException("commitments.annual-report.approve-within must be a positive period");
        }
    }

    public MonthDay opensOnDay() {
        return monthDay(opensOn, "opens-on");
    }

    public MonthDay prepareDueDay() {
        return monthDay(prepareDueOn, "prepare-due-on");
    }

    /** The cycle of the yearly timer, as a Quartz-style cron expression (seconds first). */
    public String cron() {
        MonthDay day = opensOnDay();
        return "0 0 " + OPENING_HOUR + " " + day.getDayOfMonth() + " " + day.getMonthValue() + " ?";
    }

    /**
     * The report year a cycle firing on {@code today} opens: the year of the last opening day on or before
     * today, so a timer that fires late (a node down over the opening day) still opens the right year.
     */
    public int reportYearOn(LocalDate today) {
        return today.isBefore(opensOnDay().atYear(today.getYear())) ? today.getYear() - 1 : today.getYear();
    }

    /** The day the input of {@code reportYear} is due from the advisers: in the following year. */
    public LocalDate prepareDueDate(int reportYear) {
        return prepareDueDay().atYear(reportYear + 1);
    }

    private static MonthDay monthDay(String value, String key) {
        try {
            MonthDay day = MonthDay.parse("--" + (value == null ? "" : value.strip()));
            if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29) {
                throw new IllegalArgumentException(
                        "commitments.annual-report." + key + " must be a day that exists every year, not 02-29");
            }
            return day;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "commitments.annual-report." + key + " must be a month and day written like 12-01, not '" + value
                            + "'",
                    e);
        }
    }
}
