package org.wps.commitments.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.wps.commitments.input.PersonalDataFinding.Kind;

/**
 * "Do no harm" check of narrative text (DOMAIN.md §6.2): finds what looks like personal data about survivors,
 * witnesses or informants, in English and French, so that it is caught before it is stored. It is a heuristic
 * tuned for few false alarms, not a guarantee: a person confirms what it flags by mistake, and what it misses
 * stays the writer's responsibility.
 *
 * <p>What it looks for:
 *
 * <ul>
 *   <li>a personal name (one to three capitalised words, a title such as Mr/Ms/Mme/M. or a rank with a name, or
 *       "named X") within a few linking words before or after victim, survivor, witness, informant, complainant,
 *       victime, survivant(e), témoin or plaignant(e). Words of institutions, offices, months and the like are
 *       not names; a single capitalised word opening a sentence is not taken for a name, nor is a capitalised
 *       role word inside a sentence ("the Witness Protection Unit");
 *   <li>phone numbers: 8 to 15 digits, with an optional + and spaces, dots, dashes or parentheses, after dates,
 *       year ranges, references such as MARA-2026-0042, amounts and percentages are set aside;
 *   <li>e-mail addresses; identity card or passport numbers;
 *   <li>a day-level date (2026-03-12, 12/03/2026, 12 March 2026, March 12, 2026, 12 mars 2026) in the same
 *       sentence as a named place introduced by in, at, near, outside, à, près de or dans. Month-level dates
 *       ("March 2026") pass.
 * </ul>
 */
public final class PersonalDataCheck {

    /** At most this many linking words between a role word and a name. */
    private static final int MAX_LINKING_WORDS = 3;

    private static final int MAX_QUOTED = 5;

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*|\\d+|[^\\s\\p{L}\\p{M}\\d]");

    private static final Pattern ROLE = Pattern.compile(
            "(?:victim|survivor|witness|informant|complainant)(?:s|es)?"
                    + "|(?:victime|survivante|survivant|témoin|temoin|plaignante|plaignant)s?",
            Pattern.UNICODE_CASE);

    private static final Set<String> TITLES = words("titles.txt");

    /** Words that may stand between a role word and a name ("survivor, named", "Mary Akol, who is a witness"). */
    private static final Set<String> LINKING_WORDS = words("linking-words.txt");

    /** Capitalised words that are not personal names: institutions, offices, time, places of work, grammar. */
    private static final Set<String> NOT_NAMES = words("not-names.txt");

    private static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
            + "|novembre|décembre|decembre|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?)";

    private static final List<Pattern> DAY_DATES = List.of(
            Pattern.compile("(?<![\\d\\-/.])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d\\-])"),
            Pattern.compile("(?<![\\d\\-/.])(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})(?![\\d\\-/])"),
            Pattern.compile(
                    "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+)?" + MONTH
                            + "(?![\\p{L}])(?:,?\\s+\\d{4})?",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile(
                    "(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])(?:,?\\s+\\d{4})?",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}])(?i:in|at|near|outside|around|à|près de"
            + "|pres de|dans|aux alentours de)\\s+(?:(?i:the|la|le)\\s+)?(?:(?i:village|town|city|county|district"
            + "|area|market|quartier|localité|ville|camp)\\s+(?:(?i:of|de|d')\\s*)?)?(\\p{Lu}[\\p{L}\\p{M}'’\\-]+)");

    private static final Pattern SENTENCE_END =
            Pattern.compile("(?<!\\b(?:Mr|Mrs|Ms|Dr|M|St|No|Mme|Mlle|Jr|Sr|Capt|Col|Lt|Sgt))[.!?]+(?=\\s|$)|\\n");

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+\\-])[\\w.+\\-]+@[\\p{L}\\d\\-]+(?:\\.[\\p{L}\\d\\-]+)+", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![\\p{L}])(?:ID|I\\.D\\.|(?i:identity card|national id|passport|carte d['’]identité|pièce d['’]identité"
                    + "|passeport|CNI))\\s*(?i:no\\.?|number|n°|numéro|num\\.?|#)?\\s*[:#]?\\s*"
                    + "([A-Za-z]{0,3}\\d[A-Za-z0-9\\-]{3,})");

    /** What is set aside before looking for phone numbers: dates, year spans, references, amounts, percentages. */
    private static final List<Pattern> NOT_PHONES = List.of(
            // a date, but not the start or end of a longer run of numbers such as 06.12.34.56.78
            Pattern.compile("(?<!\\d|\\d[/.\\-])\\d{4}-\\d{1,2}-\\d{1,2}(?!\\d|[/.\\-]\\d)"),
            Pattern.compile("(?<!\\d|\\d[/.\\-])\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}(?!\\d|[/.\\-]\\d)"),
            Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*[-–/]\\s*(?:19|20)?\\d{2}(?!\\d)"),
            Pattern.compile("\\(\\s*(?:19|20)\\d{2}\\s*\\)"),
            Pattern.compile("(?<![\\p{L}\\d])\\p{L}[\\p{L}\\d]*(?:[-/_][\\p{L}\\d]+)*[-/_]\\d[\\p{L}\\d/_\\-]*"),
            Pattern.compile("(?i)(?:USD|US\\$|EUR|GBP|CHF|SSP|XOF|XAF|CDF|\\$|€|£)\\s?\\d[\\d,.' ]*\\d"),
            Pattern.compile("(?i)\\d[\\d,.' ]*\\d\\s?(?:USD|EUR|GBP|CHF|SSP|XOF|XAF|CDF|dollars|euros|francs)\\b"),
            Pattern.compile("\\d+(?:[.,]\\d+)?\\s?%"));

    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\d+(])(?:\\(?\\+)?[\\d(][\\d ().\\-]{6,}[\\d)]");

    private PersonalDataCheck() {}

    /** A word list of {@code src/main/resources/personal-data/}: one word a line, {@code #} starts a comment. */
    static Set<String> words(String file) {
        String path = "/personal-data/" + file;
        try (InputStream in = PersonalDataCheck.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The word list " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the word list " + path, e);
        }
    }

    /** Everything in {@code text} that looks like personal data, in reading order; empty for blank text. */
    public static List<PersonalDataFinding> scan(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var findings = new ArrayList<PersonalDataFinding>();
        namesNearRoles(text, findings);
        StringBuilder masked = new StringBuilder(text);
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            findings.add(
                    new PersonalDataFinding(Kind.EMAIL_ADDRESS, email.group(), "an e-mail address", email.start()));
            blank(masked, email.start(), email.end());
        }
        Matcher id = ID_NUMBER.matcher(text);
        while (id.find()) {
            findings.add(
                    new PersonalDataFinding(Kind.ID_NUMBER, id.group(), "an identity document number", id.start()));
            blank(masked, id.start(), id.end());
        }
        phoneNumbers(masked, text, findings);
        datesWithPlaces(text, findings);
        var seen = new LinkedHashSet<String>();
        return findings.stream()
                .sorted(Comparator.comparingInt(PersonalDataFinding::start))
                .filter(f -> seen.add(f.kind() + "|" + f.excerpt()))
                .toList();
    }

    /**
     * The message for a person who wrote {@code label} with these findings: what looked like personal data and
     * why, what the tracker must never hold, and the two ways on.
     */
    public static String warning(String label, List<PersonalDataFinding> findings) {
        return warning(label, findings, true);
    }

    /**
     * The message of {@link #warning(String, List)}; {@code confirmable} says whether the person has a box to tick
     * (a task form that carries it), otherwise the only way on is to rewrite the text.
     */
    public static String warning(String label, List<PersonalDataFinding> findings, boolean confirmable) {
        String quoted = findings.stream()
                .limit(MAX_QUOTED)
                .map(f -> "“" + abbreviate(f.excerpt()) + "” (" + f.why() + ")")
                .collect(Collectors.joining(", "));
        if (findings.size() > MAX_QUOTED) {
            quoted += " and " + (findings.size() - MAX_QUOTED) + " more";
        }
        return label + ": this looks like personal data – " + quoted + ". The tracker must never hold survivor,"
                + " witness or informant identities or contact details, or incident dates and places (keep them in"
                + " MARA, store only its reference). "
                + (confirmable
                        ? "Rewrite it, or tick “I have checked: no personal data” if it is not personal data."
                        : "Rewrite it without them.");
    }

    private static void namesNearRoles(String text, List<PersonalDataFinding> findings) {
        List<Token> tokens = tokens(text);
        for (int r = 0; r < tokens.size(); r++) {
            Token role = tokens.get(r);
            if (!isRole(role.text())) {
                continue;
            }
            // a capitalised role word inside a sentence names something else: "the Witness Protection Unit"
            if (role.capitalised() && !role.sentenceStart()) {
                continue;
            }
            int[] after = nameAfter(tokens, r);
            int[] before = nameBefore(tokens, r);
            for (int[] name : new int[][] {after, before}) {
                if (name == null) {
                    continue;
                }
                int from = Math.min(tokens.get(name[0]).start(), role.start());
                int to = Math.max(tokens.get(name[1]).end(), role.end());
                findings.add(new PersonalDataFinding(
                        Kind.NAME_NEAR_ROLE, text.substring(from, to), "a name next to “" + role.text() + "”", from));
            }
        }
    }

    /** The first and last token of a name that follows the role word at {@code r}, or null. */
    private static int[] nameAfter(List<Token> tokens, int r) {
        int linking = 0;
        for (int i = r + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.sentenceStart()) {
                return null;
            }
            int end = nameStartingAt(tokens, i);
            if (end >= 0) {
                return new int[] {i, end};
            }
            if (!LINKING_WORDS.contains(t.lower()) || ++linking > MAX_LINKING_WORDS) {
                return null;
            }
        }
        return null;
    }

    /** The first and last token of a name that precedes the role word at {@code r}, or null. */
    private static int[] nameBefore(List<Token> tokens, int r) {
        if (tokens.get(r).sentenceStart()) {
            return null;
        }
        int linking = 0;
        for (int i = r - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            int begin = nameEndingAt(tokens, i);
            if (begin >= 0) {
                return new int[] {begin, i};
            }
            if (t.sentenceStart() || !LINKING_WORDS.contains(t.lower()) || ++linking > MAX_LINKING_WORDS) {
                return null;
            }
        }
        return null;
    }

    /** The last token of a name starting at {@code i}, or -1. */
    private static int nameStartingAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (isTitle(tokens, i)) {
            int j = i + 1;
            if (j < tokens.size() && tokens.get(j).text().equals(".")) {
                j++;
            }
            if (j < tokens.size() && nameWord(tokens.get(j))) {
                return extendForward(tokens, j);
            }
            return -1;
        }
        if (!nameWord(first)) {
            return -1;
        }
        int end = extendForward(tokens, i);
        // one capitalised word opening a sentence may be any word; two are taken for a name
        return first.sentenceStart() && end == i ? -1 : end;
    }

    /** The first token of a name ending at {@code i}, or -1. */
    private static int nameEndingAt(List<Token> tokens, int i) {
        if (!nameWord(tokens.get(i))) {
            return -1;
        }
        int begin = i;
        while (begin > 0 && i - begin < 2 && !tokens.get(begin).sentenceStart() && nameWord(tokens.get(begin - 1))) {
            begin--;
        }
        if (begin > 0 && isTitle(tokens, begin - 1)) {
            return begin - 1;
        }
        if (begin > 1 && tokens.get(begin - 1).text().equals(".") && isTitle(tokens, begin - 2)) {
            return begin - 2;
        }
        return tokens.get(begin).sentenceStart() && begin == i ? -1 : begin;
    }

    private static int extendForward(List<Token> tokens, int i) {
        int end = i;
        while (end + 1 < tokens.size()
                && end - i < 2
                && !tokens.get(end + 1).sentenceStart()
                && nameWord(tokens.get(end + 1))) {
            end++;
        }
        return end;
    }

    private static boolean nameWord(Token t) {
        return t.capitalised() && !NOT_NAMES.contains(t.lower()) && !TITLES.contains(t.lower()) && !isRole(t.text());
    }

    private static boolean isTitle(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!Character.isUpperCase(t.text().charAt(0)) || !TITLES.contains(t.lower())) {
            return false;
        }
        // "M" alone is a title only as "M."
        return !t.lower().equals("m")
                || i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".");
    }

    private static boolean isRole(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "");
        return ROLE.matcher(w).matches();
    }

    private static void phoneNumbers(StringBuilder masked, String text, List<PersonalDataFinding> findings) {
        for (Pattern notPhone : NOT_PHONES) {
            Matcher m = notPhone.matcher(masked);
            while (m.find()) {
                blank(masked, m.start(), m.end());
            }
        }
        Matcher phone = PHONE.matcher(masked);
        while (phone.find()) {
            int start = phone.start();
            String candidate = text.substring(start, phone.end());
            // parentheses around the whole number belong to the sentence, not to the number
            if (candidate.endsWith(")") && count(candidate, '(') < count(candidate, ')')) {
                candidate = candidate.substring(0, candidate.length() - 1);
            } else if (candidate.startsWith("(")
                    && candidate.endsWith(")")
                    && count(candidate, '(') == 1
                    && count(candidate, ')') == 1) {
                candidate = candidate.substring(1, candidate.length() - 1);
                start++;
            }
            long digits = candidate.chars().filter(Character::isDigit).count();
            if (digits >= 8 && digits <= 15 && !candidate.contains("  ")) {
                findings.add(new PersonalDataFinding(Kind.PHONE_NUMBER, candidate, "a phone number", start));
            }
        }
    }

    private static void datesWithPlaces(String text, List<PersonalDataFinding> findings) {
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (sentenceStart < text.length()) {
            int sentenceEnd = end.find() ? end.end() : text.length();
            dateWithPlace(text, sentenceStart, sentenceEnd, findings);
            sentenceStart = sentenceEnd;
        }
    }

    private static void dateWithPlace(String text, int from, int to, List<PersonalDataFinding> findings) {
        String sentence = text.substring(from, to);
        int[] date = dayDate(sentence);
        if (date == null) {
            return;
        }
        Matcher place = PLACE.matcher(sentence);
        while (place.find()) {
            String name = place.group(1);
            // acronyms (HQ, SSPDF) and words of institutions or months are not places of an incident
            if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))
                    || name.chars().noneMatch(Character::isLowerCase)) {
                continue;
            }
            int first = Math.min(date[0], place.start());
            int last = Math.max(date[1], place.end());
            String excerpt = last - first <= 90
                    ? sentence.substring(first, last)
                    : sentence.substring(date[0], date[1]) + " … " + place.group();
            findings.add(new PersonalDataFinding(
                    Kind.INCIDENT_DATE_AND_PLACE, excerpt, "an exact date with a place", from + first));
            return;
        }
    }

    /** Start and end of the first day-level date in {@code sentence}, or null. */
    private static int[] dayDate(String sentence) {
        int[] first = null;
        for (Pattern pattern : DAY_DATES) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                if (plausibleDate(pattern, m) && (first == null || m.start() < first[0])) {
                    first = new int[] {m.start(), m.end()};
                }
            }
        }
        return first;
    }

    private static boolean plausibleDate(Pattern pattern, Matcher m) {
        if (pattern == DAY_DATES.get(0)) {
            return between(m.group(2), 1, 12) && between(m.group(3), 1, 31);
        }
        if (pattern == DAY_DATES.get(1)) {
            // day/month or month/day
            return between(m.group(1), 1, 31)
                    && between(m.group(2), 1, 31)
                    && (between(m.group(1), 1, 12) || between(m.group(2), 1, 12));
        }
        return between(m.group(1), 1, 31);
    }

    private static boolean between(String digits, int min, int max) {
        int n = Integer.parseInt(digits);
        return n >= min && n <= max;
    }

    private static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        Matcher m = TOKEN.matcher(text);
        String previous = null;
        int previousEnd = 0;
        while (m.find()) {
            String word = m.group();
            boolean sentenceStart = previous == null
                    || text.substring(previousEnd, m.start()).contains("\n")
                    || previous.matches("[!?;•]")
                    || previous.equals(".") && !isAbbreviation(tokens);
            tokens.add(new Token(word, m.start(), m.end(), sentenceStart));
            previous = word;
            previousEnd = m.end();
        }
        return tokens;
    }

    /** Whether the full stop that ends {@code tokens} closes an abbreviated title (Mr., M.) rather than a sentence. */
    private static boolean isAbbreviation(List<Token> tokens) {
        return tokens.size() >= 2
                && TITLES.contains(tokens.get(tokens.size() - 2).lower());
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            // a mark that no phone number contains, so that none is read across what was set aside
            text.setCharAt(i, '#');
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
    }

    /** A word, number or punctuation mark of the text. */
    private record Token(String text, int start, int end, boolean sentenceStart) {

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        /** A capital followed by a small letter: Mary, Jean-Pierre, McDonald; not SSPDF, IDPs or M. */
        boolean capitalised() {
            return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
        }
    }
}
