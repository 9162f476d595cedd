package com.ublives.recovery.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No text a person reads is written in code: the faces of the app (screens and their view models, the
 * command line, the sheets) are read as source, and every string literal handed to a place a person
 * reads (a control's text, a dialog, a line printed by the command line, a usage-help annotation, the
 * message of an exception that is shown to a person, as the command line's Failures and the window's
 * dialogs show them; an IllegalStateException of a bug is not, and stays English for the report) must be no words: an id, a key, a CSS class, an
 * option name, a format pattern. FXML texts must be %keys. A text in English only, or a German one
 * missing, is what this keeps out; BundlesTest keeps the two languages in step.
 */
class NoTextOutsideBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/ublives/recovery");
    private static final Path FXML = Path.of("src/main/resources/com/ublives/recovery");

    /** The faces: what a person reads comes from these packages. Services and the engine are not scanned. */
    private static final List<String> FACES = List.of("cli/", "ui/", "assess/", "journal/screen/",
            "clinic/screen/", "clinic/sheet/", "content/screen/");

    /** Calls and annotation attributes whose text a person reads. */
    private static final Pattern SINK = Pattern.compile(
            "\\b(?:set(?:Text|PromptText|Title|HeaderText|ContentText|AccessibleText|AccessibleHelp)"
                    + "|new\\s+(?:Label|Button|Tooltip|CheckBox|RadioButton|ToggleButton|Hyperlink|MenuItem|Menu"
                    + "|CheckMenuItem|Tab|TitledPane|Text|Alert|TextInputDialog|ButtonType)"
                    + "|(?:out|err|getOut\\(\\)|getErr\\(\\)|writer)\\s*\\.\\s*(?:println|print|printf|format)|\\.append|\\.readPassword"
                    + "|new\\s+(?:BadInput|InvalidInput|UncheckedIO|Storage|Cancellation|RuleSet|ChangedElsewhere"
                    + "|Unprintable|WrongPassword)Exception"
                    + ")\\s*\\("
                    + "|\\b(?:description|footer|header|customSynopsis|descriptionHeading)\\s*=\\s*");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** No words: ids, keys, CSS classes (lower case, no spaces), option names, and format patterns. */
    private static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9._-]*|-{1,2}[a-z][a-z-]*|\\W*");
    private static final Pattern FORMAT_TOKEN = Pattern.compile("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]|\\{\\d+}|\\\\[nt]");

    /**
     * Literals with words that are not for a person: each with why. Keep this short: a text a person
     * reads belongs in i18n/messages*.properties (window, sheets) or i18n/cli*.properties (command line).
     */
    private static final Set<String> ALLOWED = Set.of(
            "] TJ\\n", ">] TJ\\n", "0 Ts\\n", "endbfchar\\n", // PDF content-stream operators (clinic/sheet/PdfFonts)
            "endcmap\\n", "CMapName currentdict /CMap defineresource pop\\n", "end\\n", // the end of a PDF ToUnicode CMap (PdfFonts)
            ".mv.db"); // the data file's extension (H2), named in a refusal as the file's name

    @Test
    void everyTextAPersonReadsComesFromABundle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (FACES.stream().anyMatch(relative::startsWith)) {
                    found.addAll(strayTexts(file, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        try (Stream<Path> files = Files.walk(FXML)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".fxml")).sorted().toList()) {
                found.addAll(strayFxmlTexts(file, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found)
                .as("Texts a person reads, written in code instead of a bundle. Move each into i18n/messages.properties"
                        + " (window, dialogs, sheets; read with Language.messages()) or i18n/cli.properties (command line;"
                        + " CliLanguage.say(key, args); usage help by picocli key), with its German in the _de file"
                        + " (written for a reader, not word for word). Only a text that is not for a person (an id,"
                        + " a log line) may go into ALLOWED in this test, with the reason")
                .isEmpty();
    }

    /**
     * Exceptions whose message a person reads (the command line's Failures and the window's FailureText say
     * only a phrased failure's words) are made with a phrase in every package, not only in the faces: the
     * rule set's, storage's and the journal's refusals slipped past when only the faces were read.
     */
    private static final Pattern PERSON_EXCEPTION = Pattern.compile(
            "\\b(?:new\\s+(?:BadInput|InvalidInput|UncheckedIO|Storage|Cancellation|RuleSet|RuleSetChanged|ChangedElsewhere"
                    + "|Unprintable|WrongPassword|ServerPasswordNeeded|TargetNotEmpty|JsonRefusal|Phrased\\w*|IO|NotPrivate)Exception"
                    + "|Phrase\\s*\\.\\s*written|RuleSetException\\s*\\.\\s*of)\\s*\\(");

    /**
     * Where a sentence in code is no text for a person: the message of an exception that marks a fault in the
     * app (FailureText and the command line show a plain sentence for those, FailureTextTest), a log line,
     * SQL. Anything else with words, outside the faces too, must come from a bundle: words built into a
     * summary or a label in a service ("now carries " + code) reach a screen as they are.
     */
    private static final Pattern NOT_FOR_A_PERSON = Pattern.compile(
            "\\b(?:new\\s+(?:IllegalState|IllegalArgument|UnsupportedOperation|SQL|SQLFeatureNotSupported|Assertion)Exception"
                    + "|LOG\\s*\\.\\s*log|\\.log|prepareStatement|executeUpdate|executeQuery|execute)\\s*\\(");

    /** The faces are read by {@link #everyTextAPersonReadsComesFromABundle}; these are the rest. */
    private static final List<String> NOT_FACES = List.of("journal/", "clinic/", "content/", "planner/", "summary/",
            "settings/", "datafolder/", "place/", "storage/", "rules/", "time/", "i18n/", "App.java", "Services.java");

    /** Sentences in services that are no text for a person, each with why. Keep it short. */
    private static final Set<String> SERVICE_ALLOWED = Set.of(
            "Recovery Planner", "Application Support", // the app's name and the folder it keeps data in (DataDirectory)
            "Recovery Planner: the clinic server's password, readable by you only", // a comment line in a file of the app's own
            "-//Recovery Planner//Check-in reminders//EN", // an iCalendar PRODID, read by calendar programs
            "attempt failed", // looked for in the PostgreSQL driver's own message (ServerTrouble), not shown
            "no space", // looked for in the system's reason (FileTrouble), not shown
            // the English of the rule set's problems, read to find the field a problem is about (RowEditor), not shown
            "safety floor", "must remove ", "must start", "duplicate id",
            // the rule set's own texts are English (its German is in its translations): a band's course before it is
            // translated (Band), and the texts of a row the Content editor adds, which the editor then writes over
            "May last ", " hours or more", "Usually eases within ",
            "New massage", "New factor", "Advice for this factor.", "New warning sign", "Contact a doctor today.",
            "New health condition", "New advice", "What to do, in a sentence or two.",
            "Not advised with this condition (", "): ask your doctor first.");

    @Test
    void everyExceptionAPersonReadsIsMadeWithAPhraseInEveryPackage() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(literalsIn(file, withoutComments(Files.readString(file, StandardCharsets.UTF_8)), PERSON_EXCEPTION));
            }
        }
        assertThat(found).as("Exceptions a person reads, made with words in code: give them a phrase (i18n/Phrase, a key of"
                + " i18n/messages in English and German), e.g. new StorageException(Phrase.of(\"failure.x\", ...), e)").isEmpty();
    }

    @Test
    void noSentenceIsBuiltInServicesOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (NOT_FACES.stream().anyMatch(relative::startsWith) && !relative.startsWith("journal/screen/")
                        && !relative.startsWith("clinic/screen/") && !relative.startsWith("clinic/sheet/")
                        && !relative.startsWith("content/screen/")) {
                    found.addAll(sentencesIn(file, withoutComments(Files.readString(file, StandardCharsets.UTF_8))));
                }
            }
        }
        assertThat(found).as("Sentences in services, storage or the engine that a person may read: make them phrases"
                + " (i18n/Phrase with a key in i18n/messages*.properties); only a fault's message, a log line or SQL may"
                + " stay, or a text listed in SERVICE_ALLOWED with its reason").isEmpty();
    }

    /** Literals with words in the arguments of each {@code sink} call. */
    private static List<String> literalsIn(Path file, String code, Pattern sink) {
        List<String> found = new ArrayList<>();
        Matcher m = sink.matcher(code);
        while (m.find()) {
            String argument = code.substring(m.end(), endOfArgument(code, m.end()));
            Matcher literal = LITERAL.matcher(argument);
            while (literal.find()) {
                if (hasWords(literal.group(1)) && !ALLOWED.contains(literal.group(1))) {
                    found.add(file + ":" + lineOf(code, m.end() + literal.start()) + ": \"" + literal.group(1) + "\"");
                }
            }
        }
        return found;
    }

    private static final Pattern SQL = Pattern.compile(".*\\b(?:SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|VALUES|JOIN|ORDER BY"
            + "|FETCH|SET|CREATE|ALTER|DROP|BACKUP|SCRIPT|RUNSCRIPT|AND|OR|NULL|TRUE)\\b.*");
    /** Column lists (snake_case, c.id) and lists of enum values (NO_SORENESS, ON_TRACK): no words. */
    private static final Pattern COLUMNS_OR_IDS = Pattern.compile("(?s)(?=.*(?:\\b[a-z]+_[a-z_]+\\b|\\b[a-z]{1,2}\\.[a-z]))"
            + ".*|[^a-z]*");
    /** A date or time pattern ("yyyy-MM-dd HH:mm", "EEE d MMM"). */
    private static final Pattern DATE_PATTERN = Pattern.compile("[yuMdHhmsSEaZ.,:\\- ]+");
    private static final Pattern SENTENCE = Pattern.compile(".*\\p{L}{2,}[ ,;:.]+\\p{L}{2,}.*");

    /** Sentence-like literals (two words or more) outside a fault's message, a log line and SQL. */
    static List<String> sentencesIn(Path file, String source) {
        // char literals ('"') blanked, so that a quote in one does not start a string
        Matcher chars = Pattern.compile("'(?:\\\\.[0-9a-fA-F]*|[^'\\\\\\n])'").matcher(source);
        StringBuilder blanked = new StringBuilder();
        while (chars.find()) {
            chars.appendReplacement(blanked, " ".repeat(chars.group().length()));
        }
        String code = chars.appendTail(blanked).toString();
        List<int[]> exempt = new ArrayList<>();
        Matcher m = NOT_FOR_A_PERSON.matcher(code);
        while (m.find()) {
            exempt.add(new int[]{m.end(), endOfArgument(code, m.end())});
        }
        List<String> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            String text = literal.group(1);
            int at = literal.start();
            boolean inExempt = exempt.stream().anyMatch(r -> at >= r[0] && at < r[1]);
            if (!inExempt && text.contains(" ") && SENTENCE.matcher(text).matches() && !SQL.matcher(text).matches()
                    && !COLUMNS_OR_IDS.matcher(text).matches() && !DATE_PATTERN.matcher(text).matches()
                    && !SERVICE_ALLOWED.contains(text) && !isAnnotationValue(code, at)) {
                found.add(file + ":" + lineOf(code, at) + ": \"" + text + "\"");
            }
        }
        return found;
    }

    /** {@code @SuppressWarnings("...")} and the like are no text. */
    private static boolean isAnnotationValue(String code, int at) {
        int open = code.lastIndexOf('(', at);
        int lineStart = code.lastIndexOf('\n', at);
        return open > lineStart && code.substring(lineStart + 1, open).strip().startsWith("@");
    }

    static List<String> strayTexts(Path file, String source) {
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        Matcher sink = SINK.matcher(code);
        while (sink.find()) {
            String argument = code.substring(sink.end(), endOfArgument(code, sink.end()));
            Matcher literal = LITERAL.matcher(argument);
            while (literal.find()) {
                String text = literal.group(1);
                if (hasWords(text) && !ALLOWED.contains(text)) {
                    int line = lineOf(code, sink.end() + literal.start());
                    found.add(file + ":" + line + ": \"" + text + "\"");
                }
            }
        }
        return found;
    }

    private static final Pattern FXML_TEXT = Pattern.compile(
            "\\b(?:text|promptText|title|accessibleText|accessibleHelp)\\s*=\\s*\"([^\"]*)\"");

    static List<String> strayFxmlTexts(Path file, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = FXML_TEXT.matcher(source);
        while (m.find()) {
            String text = m.group(1);
            if (!text.startsWith("%") && !text.startsWith("$") && hasWords(text)) {
                found.add(file + ":" + lineOf(source, m.start()) + ": \"" + text + "\"");
            }
        }
        return found;
    }

    static boolean hasWords(String literal) {
        if (ID.matcher(literal).matches()) {
            return false;
        }
        String rest = FORMAT_TOKEN.matcher(literal).replaceAll(" ");
        return rest.codePoints().filter(Character::isLetter).count() >= 2 && rest.matches("(?s).*\\p{L}{2,}.*");
    }

    /** Where the argument (or annotation value) that starts at {@code from} ends: its closing bracket or comma at depth 0. */
    private static int endOfArgument(String code, int from) {
        int depth = 0;
        boolean annotationValue = code.charAt(from - 1) != '(';
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = skipString(code, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (c == ';' || annotationValue && c == ',' && depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    private static int skipString(String code, int quote) {
        int i = quote + 1;
        while (i < code.length() && code.charAt(i) != '"') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The source with comments blanked out (line breaks kept, so line numbers stay right). */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '"') {
                i = skipString(source, i);
            } else if (c == '\'' ) {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 2 : 1));
            } else if (c == '/' && i + 1 < out.length() && (out.charAt(i + 1) == '/' || out.charAt(i + 1) == '*')) {
                boolean line = out.charAt(i + 1) == '/';
                int end = line ? source.indexOf('\n', i) : source.indexOf("*/", i + 2) + 2;
                end = end < (line ? 0 : 2) ? source.length() : end;
                for (int j = i; j < end; j++) {
                    if (out.charAt(j) != '\n') {
                        out.setCharAt(j, ' ');
                    }
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
