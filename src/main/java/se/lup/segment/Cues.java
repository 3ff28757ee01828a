package se.lup.segment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;
import se.lup.gazetteer.TolerantText;

/**
 * The segmentation cues of {@code pipeline/segmentation.json}, compiled: which heading words give a chapter its role,
 * how a theme declaration, a priority-area sentence and a partner list are introduced, goal-heading prefixes, table
 * columns and partner types. Everything matches tolerant of case, line-end hyphenation and OCR-misread å/ä/ö.
 */
public final class Cues {
    /** What a chapter heading says its content is. */
    public enum ChapterRole { THEMES, PRIORITY_AREAS, MEASURES, PARTNERS }

    /** A goal heading's level and what follows its prefix ("1.2. Stockholm är ..."). */
    public record GoalHeading(String level, String rest) {}

    private final Map<ChapterRole, List<Pattern>> chapterRoles = new LinkedHashMap<>();
    private final Map<Pattern, Integer> numbers = new LinkedHashMap<>();
    private final List<Pattern> themeDeclarations = new ArrayList<>();
    private final Pattern priorityArea;
    private final Pattern partnerIntro;
    private final Pattern partnerMention;
    private final List<Pattern> genericPartners;
    private final Map<String, List<Pattern>> partnerTypeHeadings;
    private final Map<String, List<Pattern>> partnerTypes;
    private final List<Pattern> partnerNoise;
    private final Map<String, List<Pattern>> goalHeadings;
    private final List<Pattern> expectedResultHeadings;
    private final List<Pattern> labelHeadings;
    private final Map<String, Map<String, String>> tableColumns = new LinkedHashMap<>();
    private final Pattern contextOpener;
    private final Pattern measureSentence;
    private final Pattern finiteVerb;

    private Cues(JsonNode root) {
        root.path("chapter_roles").fields().forEachRemaining(e -> chapterRoles.put(
                ChapterRole.valueOf(e.getKey().toUpperCase()), patterns(e.getValue(), "", "")));
        List<String> numberWords = new ArrayList<>();
        root.path("numbers").fields().forEachRemaining(e -> {
            numberWords.add(TolerantText.literal(e.getKey()));
            numbers.put(Pattern.compile(TolerantText.literal(e.getKey()), Pattern.CASE_INSENSITIVE), e.getValue().asInt());
        });
        String numberAlternatives = numberWords.stream().collect(Collectors.joining("|", "(?:\\d+|", ")"));
        for (String key : List.of("theme_declaration_regex", "focus_declaration_regex")) {
            themeDeclarations.add(Pattern.compile(
                    TolerantText.regexSource(root.path(key).asText()).replace("NUMBER", numberAlternatives),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        priorityArea = TolerantText.regex(root.path("priority_area_regex").asText());
        partnerIntro = TolerantText.regex(root.path("partner_intro_regex").asText());
        partnerMention = TolerantText.regex(root.path("partner_mention_regex").asText());
        genericPartners = patterns(root.path("partner_mention_generic"), "^", "$");
        partnerTypeHeadings = patternMap(root.path("partner_type_headings"), "^", "$");
        partnerTypes = patternMap(root.path("partner_types"), "(?<![\\p{L}])", "(?![\\p{L}])");
        partnerNoise = patterns(root.path("partner_list_noise"), "^", "(?![\\p{L}])");
        goalHeadings = patternMap(root.path("goal_headings"), "^", "\\s*:?\\s*");
        expectedResultHeadings = patterns(root.path("expected_result_headings"), "^", "\\s*:?$");
        labelHeadings = patterns(root.path("label_headings"), "^", "\\s*:?$");
        root.path("table_columns").fields().forEachRemaining(table -> {
            Map<String, String> columns = new LinkedHashMap<>();
            table.getValue().fields().forEachRemaining(c -> columns.put(TolerantText.normalise(c.getKey()), c.getValue().asText()));
            tableColumns.put(table.getKey(), columns);
        });
        contextOpener = TolerantText.regex(root.path("context_opener_regex").asText());
        measureSentence = TolerantText.regex(root.path("measure_sentence_regex").asText());
        List<String> verbs = new ArrayList<>();
        root.path("finite_verbs").forEach(v -> verbs.add(Pattern.quote(v.asText())));
        finiteVerb = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", verbs) + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static Cues load() {
        try (InputStream in = PipelineFiles.open("segmentation.json")) {
            return new Cues(Json.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/segmentation.json", e);
        }
    }

    /** Roles a chapter heading announces; "Geografiska och tematiska prioriteringar" has two. */
    public List<ChapterRole> chapterRoles(String heading) {
        String text = TolerantText.normalise(heading);
        return chapterRoles.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(p -> p.matcher(text).find()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A theme declaration in the text ("arbetar utifrån tre prioriterade teman"): its count and where it ends. */
    public Optional<ThemeDeclaration> themeDeclaration(String text) {
        String tidy = TolerantText.tidy(text);
        for (Pattern p : themeDeclarations) {
            Matcher m = p.matcher(tidy);
            while (m.find()) {
                if (isBackReference(tidy, m.start())) {
                    continue;
                }
                OptionalInt count = number(m.group("count"));
                if (count.isPresent()) {
                    return Optional.of(new ThemeDeclaration(count.getAsInt(), tidy.substring(m.end())));
                }
            }
        }
        return Optional.empty();
    }

    /** "dessa tre teman" refers back to themes already declared. */
    private static boolean isBackReference(String text, int countStart) {
        String before = text.substring(0, countStart).strip().toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("dessa") || before.endsWith(" de") || before.endsWith("våra");
    }

    OptionalInt number(String word) {
        String w = TolerantText.normalise(word);
        if (w.chars().allMatch(Character::isDigit)) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        return numbers.entrySet().stream()
                .filter(e -> e.getKey().matcher(w).matches())
                .mapToInt(Map.Entry::getValue)
                .findFirst();
    }

    /** Where in a sentence the "är prioriterade områden" predicate starts, if it has one. */
    public OptionalInt priorityAreaPredicate(String sentence) {
        Matcher m = priorityArea.matcher(sentence);
        return m.find() ? OptionalInt.of(m.start()) : OptionalInt.empty();
    }

    /** Where a partner list starts after "samverka med:" in the text, if the text introduces one. */
    public OptionalInt partnerListStart(String text) {
        Matcher m = partnerIntro.matcher(text);
        return m.find() ? OptionalInt.of(m.end()) : OptionalInt.empty();
    }

    /** Finds each "i samverkan med" / "tillsammans med" in the text; a partner enumeration may follow its end. */
    Matcher partnerMention(String text) {
        return partnerMention.matcher(text);
    }

    /** Whether the text is exactly one of the organisations the partner types list ("Röda korset"). */
    boolean isKnownOrganisation(String name) {
        String text = TolerantText.normalise(name);
        return partnerTypes.values().stream().flatMap(List::stream).anyMatch(p -> p.matcher(text).matches());
    }

    /** A word that names no particular organisation ("nämnden", "föreningar"), so is no partner on its own. */
    boolean isGenericPartner(String name) {
        String text = TolerantText.normalise(name);
        return genericPartners.stream().anyMatch(p -> p.matcher(text).matches());
    }

    public Optional<String> partnerTypeHeading(String heading) {
        return firstKey(partnerTypeHeadings, TolerantText.normalise(heading), true);
    }

    public Optional<String> partnerType(String organisation) {
        return firstKey(partnerTypes, TolerantText.normalise(organisation), false);
    }

    public boolean isPartnerNoise(String item) {
        String text = TolerantText.normalise(item);
        return partnerNoise.stream().anyMatch(p -> p.matcher(text).find());
    }

    public Optional<GoalHeading> goalHeading(String heading) {
        String text = heading.strip();
        for (Map.Entry<String, List<Pattern>> e : goalHeadings.entrySet()) {
            for (Pattern p : e.getValue()) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    return Optional.of(new GoalHeading(e.getKey(), text.substring(m.end()).strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** Goal levels from the broadest (KF:s inriktningsmål) to the narrowest (nämndmål). */
    public List<String> goalLevels() {
        return List.copyOf(goalHeadings.keySet());
    }

    public boolean isExpectedResultHeading(String heading) {
        String text = TolerantText.normalise(heading);
        return expectedResultHeadings.stream().anyMatch(p -> p.matcher(text).find());
    }

    public boolean isLabelHeading(String heading) {
        String text = TolerantText.normalise(heading);
        return labelHeadings.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** Table kinds ("indicator", "activity") and, per kind, header cell text to column name. */
    public Map<String, Map<String, String>> tableColumns() {
        return tableColumns;
    }

    /** A paragraph that reports what the nämnd asked for or thinks, not what will be done. */
    public boolean opensAsContext(String paragraph) {
        return contextOpener.matcher(paragraph.strip()).find();
    }

    /** A sentence whose actor commits to something ("Stadsdelsnämnden ska ..."). */
    public boolean isMeasureSentence(String sentence) {
        return measureSentence.matcher(sentence.strip()).find();
    }

    /** Whether a short line reads as a clause (has a finite verb), not as a heading's noun phrase. */
    public boolean hasFiniteVerb(String text) {
        return finiteVerb.matcher(text).find();
    }

    private static Optional<String> firstKey(Map<String, List<Pattern>> map, String text, boolean whole) {
        return map.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(p -> whole ? p.matcher(text).matches() : p.matcher(text).find()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<String, List<Pattern>> patternMap(JsonNode node, String before, String after) {
        Map<String, List<Pattern>> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), patterns(e.getValue(), before, after)));
        return map;
    }

    /** Phrases as patterns between {@code before} and {@code after}; a leading '-' drops {@code before} (a word's end). */
    private static List<Pattern> patterns(JsonNode phrases, String before, String after) {
        List<Pattern> list = new ArrayList<>();
        for (JsonNode p : phrases) {
            String phrase = p.asText();
            boolean suffix = phrase.startsWith("-");
            String literal = TolerantText.literal(TolerantText.normalise(suffix ? phrase.substring(1) : phrase));
            list.add(Pattern.compile((suffix ? "" : before) + literal + after, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return list;
    }
}
