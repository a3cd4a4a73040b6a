package org.wps.commitments.overdue;

import java.util.ArrayList;
import java.util.List;

/**
 * The overdue rows as CSV (RFC 4180: comma-separated, CRLF, fields quoted when needed), one line per row in the
 * order shown, with the same columns as the dashboard's table. A cell that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is prefixed with a single quote.
 */
final class OverdueCsv {

    static final List<String> HEADER = List.of(
            "kind",
            "mission",
            "party_code",
            "party_name",
            "commitment_reference",
            "item",
            "stage_or_status",
            "pillar",
            "responsible",
            "due_date",
            "days_overdue",
            "escalation_level",
            "suspended",
            "task_url",
            "cockpit_url");

    private OverdueCsv() {}

    static String write(List<OverdueRow> rows) {
        var csv = new StringBuilder();
        line(csv, HEADER);
        for (OverdueRow r : rows) {
            line(csv, cells(r));
        }
        return csv.toString();
    }

    /** The cells of a row, as the dashboard's table shows them. */
    static List<String> cells(OverdueRow r) {
        List<String> cells = new ArrayList<>();
        cells.add(r.kind().name());
        cells.add(r.mission());
        cells.add(text(r.partyCode()));
        cells.add(text(r.partyName()));
        cells.add(text(r.commitmentReference()));
        cells.add(r.item());
        cells.add(r.stage());
        cells.add(text(r.pillar()));
        cells.add(text(r.responsible()));
        cells.add(r.dueDate() == null ? "" : r.dueDate().toString());
        cells.add(r.daysOverdue() == null ? "" : String.valueOf(r.daysOverdue()));
        cells.add(String.valueOf(r.escalationLevel()));
        cells.add(r.suspended() ? "yes" : "no");
        cells.add(text(r.taskUrl()));
        cells.add(text(r.cockpitUrl()));
        return cells;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0 && !isNumber(safe)) {
            safe = "'" + safe;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            safe = '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    /** Negative day counts (items due later) stay numbers. */
    private static boolean isNumber(String value) {
        return value.matches("-?\\d+");
    }
}
