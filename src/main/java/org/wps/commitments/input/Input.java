package org.wps.commitments.input;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.wps.commitments.input.InvalidInputException.FieldProblem;

/**
 * Reads what a person submitted (a Camunda Form, which is only validated in the browser, or an API payload)
 * and collects every problem in plain language before anything is stored, so one answer names all the fields
 * to correct.
 *
 * <p>Every free text a person types ({@link #requiredText}, {@link #optionalText}) passes the personal-data check
 * ({@link PersonalDataCheck}, DOMAIN.md §6.2): what looks like a survivor's name, a phone number, an e-mail
 * address, an identity number or an incident's date and place is refused with a message naming the field and
 * quoting what was found, so no caller can forget the check. Short identifiers that cannot hold a sentence
 * (mission and party codes, references) are read with {@link #requiredCode} and {@link #optionalCode}: a strict
 * pattern without spaces or {@code @}, and the same check for digit runs that look like phone numbers.
 *
 * <p>The only way past a false alarm is the box {@link #NARRATIVE_CONFIRMED} of a task form that carries it
 * ({@link #ofConfirmableForm}): ticked, it is the person's explicit confirmation, for that one submission, that
 * none of the form's free texts is personal data. {@link #of(VariableScope)} and {@link #of(Map)} (start forms,
 * forms without the box, every API payload) never read it, so a variable or JSON property of that name switches
 * nothing off; there the text has to be rewritten. Codes are never taken on confirmation.
 */
public final class Input {

    /**
     * A task form's box "I have checked: no personal data": ticked on a form that carries it (read through
     * {@link #ofConfirmableForm}), that submission's free texts are taken even where they look like personal data
     * to {@link PersonalDataCheck}. Ignored everywhere else.
     */
    public static final String NARRATIVE_CONFIRMED = "narrativeConfirmed";

    /** What a code may hold: letters, digits and {@code . _ / -}, starting with a letter or digit, no spaces. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/\\-]*");

    private final Function<String, Object> source;
    private final List<FieldProblem> problems;
    private final String fieldPrefix;
    private final String messagePrefix;
    /** Whether the person confirmed, with the form's box, that the free texts hold no personal data. */
    private final boolean personalDataConfirmed;
    /** Whether the source offers that box at all: the refusal then says it may be ticked. */
    private final boolean confirmable;

    private Input(Function<String, Object> source, boolean confirmable) {
        this(source, new ArrayList<>(), "", "", confirmable && confirmed(source), confirmable);
    }

    private Input(
            Function<String, Object> source,
            List<FieldProblem> problems,
            String fieldPrefix,
            String messagePrefix,
            boolean personalDataConfirmed,
            boolean confirmable) {
        this.source = source;
        this.problems = problems;
        this.fieldPrefix = fieldPrefix;
        this.messagePrefix = messagePrefix;
        this.personalDataConfirmed = personalDataConfirmed;
        this.confirmable = confirmable;
    }

    /**
     * The rows of a list field (a Camunda Forms dynamic list), each read by its own {@code Input} whose problems
     * land here, named "{@code rowLabel} 3: ..." and {@code field[2].key}, so one answer names every row to correct.
     */
    public List<Input> rows(String field, String label, String rowLabel, int min, int max) {
        Object value = source.apply(field);
        List<Object> items = listOf(value);
        if (items == null) {
            problem(field, label + " must be a list.");
            return List.of();
        }
        if (items.size() < min) {
            problem(
                    field,
                    label + ": enter at least " + min + " (there " + (items.size() == 1 ? "is " : "are ") + items.size()
                            + ").");
        }
        if (items.size() > max) {
            problem(field, label + ": at most " + max + " can be entered at once (there are " + items.size() + ").");
            return List.of();
        }
        var rows = new ArrayList<Input>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> row = rowOf(items.get(i));
            if (row == null) {
                problem(field, rowLabel + " " + (i + 1) + " is not a set of fields.");
                continue;
            }
            rows.add(new Input(
                    row::get,
                    problems,
                    fieldPrefix + field + "[" + i + "].",
                    messagePrefix + rowLabel + " " + (i + 1) + ": ",
                    // a row is part of the submission: the form's one box covers it, a row cannot carry its own
                    personalDataConfirmed,
                    confirmable));
        }
        return rows;
    }

    /** An integer within bounds, given as a number or as digits. */
    public Integer requiredInteger(String field, String label, int min, int max) {
        Object value = source.apply(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            problem(field, label + " is required.");
            return null;
        }
        Integer number = null;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.intValue();
        } else if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
            number = Integer.parseInt(text.strip());
        }
        if (number == null) {
            problem(field, label + " must be a whole number, not '" + abbreviate(String.valueOf(value)) + "'.");
            return null;
        }
        if (number < min || number > max) {
            problem(field, label + " must be between " + min + " and " + max + " (it is " + number + ").");
            return null;
        }
        return number;
    }

    /** An optional amount of money: zero or more, at most two decimals. */
    public java.math.BigDecimal optionalAmount(String field, String label) {
        Object value = source.apply(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        try {
            var amount = new java.math.BigDecimal(String.valueOf(value).strip());
            if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 13) {
                problem(field, label + " must be zero or more, with at most two decimals.");
                return null;
            }
            return amount;
        } catch (NumberFormatException e) {
            problem(
                    field,
                    label + " must be a number such as 125000.50, not '" + abbreviate(String.valueOf(value)) + "'.");
            return null;
        }
    }

    /** A calendar date, or null when left empty. */
    public LocalDate optionalDate(String field, String label, ZoneId zone) {
        Object value = source.apply(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        return requiredDate(field, label, zone);
    }

    private static Map<String, Object> rowOf(Object item) {
        if (item instanceof Map<?, ?> map) {
            var row = new java.util.HashMap<String, Object>();
            map.forEach((k, v) -> row.put(String.valueOf(k), v));
            return row;
        }
        SpinJsonNode json = null;
        if (item instanceof SpinJsonNode node) {
            json = node;
        } else if (item instanceof String text && text.strip().startsWith("{")) {
            try {
                json = org.camunda.spin.Spin.JSON(text);
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (json == null || !json.isObject()) {
            return null;
        }
        var row = new java.util.HashMap<String, Object>();
        for (String name : json.fieldNames()) {
            SpinJsonNode v = json.prop(name);
            row.put(
                    name,
                    v.isNull()
                            ? null
                            : v.isString()
                                    ? v.stringValue()
                                    : v.isNumber() ? v.numberValue() : v.isBoolean() ? v.boolValue() : v.toString());
        }
        return row;
    }

    /** What a start form, an engine call or a delegate submitted: every free text is checked, no box is read. */
    public static Input of(VariableScope scope) {
        return new Input(scope::getVariable, false);
    }

    /** An API payload or query: every free text is checked; a {@value #NARRATIVE_CONFIRMED} property is ignored. */
    public static Input of(Map<String, ?> values) {
        return new Input(values::get, false);
    }

    /**
     * A task form that carries the box {@value #NARRATIVE_CONFIRMED}: ticked, this submission's free texts are
     * taken as they are. Only for a form whose deployed schema has the box (see {@code FormTaskListener}).
     */
    public static Input ofConfirmableForm(VariableScope scope) {
        return new Input(scope::getVariable, true);
    }

    /**
     * Free text a person typed, trimmed, and refused when it looks like personal data ({@link PersonalDataCheck})
     * unless the person confirmed it with the form's box.
     */
    public String requiredText(String field, String label, int maxLength) {
        return checked(field, label, text(field, label, maxLength, true));
    }

    /** Free text like {@link #requiredText}, or null when blank or missing. */
    public String optionalText(String field, String label, int maxLength) {
        return checked(field, label, text(field, label, maxLength, false));
    }

    /**
     * A code or reference (mission or party code, MARA or document reference): letters, digits and
     * {@code . _ / -}, no spaces, so it cannot hold a name, an address or a sentence; a run of digits that looks
     * like a phone number is refused too, whatever the form's box says.
     */
    public String requiredCode(String field, String label, int maxLength) {
        return code(field, label, text(field, label, maxLength, true));
    }

    /** A code like {@link #requiredCode}, or null when blank or missing. */
    public String optionalCode(String field, String label, int maxLength) {
        return code(field, label, text(field, label, maxLength, false));
    }

    private String code(String field, String label, String text) {
        if (text == null) {
            return null;
        }
        if (!CODE.matcher(text).matches()) {
            problem(
                    field,
                    label + " must be an opaque reference such as MARA-2026-0042 (letters, digits and . _ / - only,"
                            + " no spaces): never a name, personal data or a description of what happened.");
            return null;
        }
        List<PersonalDataFinding> findings = PersonalDataCheck.scan(text);
        if (!findings.isEmpty()) {
            problem(field, PersonalDataCheck.warning(label, findings, false));
            return null;
        }
        return text;
    }

    private String checked(String field, String label, String text) {
        if (text == null || personalDataConfirmed) {
            return text;
        }
        List<PersonalDataFinding> findings = PersonalDataCheck.scan(text);
        if (!findings.isEmpty()) {
            problem(field, PersonalDataCheck.warning(label, findings, confirmable));
        }
        return text;
    }

    private static boolean confirmed(Function<String, Object> source) {
        Object value = source.apply(NARRATIVE_CONFIRMED);
        return Boolean.TRUE.equals(value)
                || value instanceof String s && s.strip().equalsIgnoreCase("true");
    }

    private String text(String field, String label, int maxLength, boolean required) {
        Object value = source.apply(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            if (required) {
                problem(field, label + " is required.");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            problem(field, label + " must be text.");
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            problem(field, label + " must be at most " + maxLength + " characters (it has " + trimmed.length() + ").");
            return null;
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            problem(field, label + " contains control characters.");
            return null;
        }
        return trimmed;
    }

    /** A calendar date given as {@code 2027-03-01} (what Camunda Forms send) or as a date value. */
    public LocalDate requiredDate(String field, String label, ZoneId zone) {
        Object value = source.apply(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            problem(field, label + " is required.");
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(zone).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof String text) {
            try {
                if (!text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not year-month-day", text, 0);
                }
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                problem(
                        field,
                        label + " must be a date written like 2027-03-01 (year-month-day), not '" + abbreviate(text)
                                + "'.");
                return null;
            }
        }
        problem(field, label + " must be a date written like 2027-03-01.");
        return null;
    }

    public <E extends Enum<E>> E requiredChoice(String field, String label, Class<E> type) {
        Object value = source.apply(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            problem(field, label + " is required.");
            return null;
        }
        E choice = parseChoice(value, type);
        if (choice == null) {
            problem(field, label + " '" + abbreviate(String.valueOf(value)) + "' is not one of: " + names(type) + ".");
        }
        return choice;
    }

    /** Several choices (a checklist); at least one when required. */
    public <E extends Enum<E>> List<E> choices(String field, String label, Class<E> type, boolean required) {
        Object value = source.apply(field);
        List<Object> items = listOf(value);
        if (items == null) {
            problem(field, label + " must be a list of choices.");
            return List.of();
        }
        var result = new LinkedHashSet<E>();
        for (Object item : items) {
            E choice = parseChoice(item, type);
            if (choice == null) {
                problem(
                        field,
                        label + " '" + abbreviate(String.valueOf(item)) + "' is not one of: " + names(type) + ".");
                return List.of();
            }
            result.add(choice);
        }
        if (required && result.isEmpty()) {
            problem(field, label + ": choose at least one.");
        }
        return List.copyOf(result);
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(fieldPrefix + field, messagePrefix + message));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** Throws {@link InvalidInputException} naming every problem found so far. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static <E extends Enum<E>> E parseChoice(Object value, Class<E> type) {
        if (type.isInstance(value)) {
            return type.cast(value);
        }
        if (!(value instanceof String text)) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static List<Object> listOf(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream()
                    .map(n -> n.isString() ? (Object) n.stringValue() : n.isObject() ? (Object) n : n.toString())
                    .toList();
        }
        if (value instanceof String text && text.strip().startsWith("[")) {
            try {
                SpinJsonNode json = org.camunda.spin.Spin.JSON(text);
                return listOf(json);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
