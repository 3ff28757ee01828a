package se.lup.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;

/** The layout cues of {@code pipeline/layout.json}, compiled once: what page furniture, bullets, headings and TOCs look like. */
public record LayoutRules(
        List<Pattern> pageLabels,
        Pattern edgePageNumber,
        Pattern pageStartLine,
        Set<String> runningTitleWords,
        int runningTitleMaxWords,
        int repeatedEdgeMinPages,
        Pattern bullet,
        Pattern numbered,
        List<String> headingPrefixes,
        int headingMaxWords,
        int headingMaxChars,
        int shortLineRunMaxWords,
        Set<String> sentenceWords,
        Set<String> titleNeverEndsWith,
        Set<String> tocTitles,
        Pattern tocLeader,
        Pattern tocEntry,
        double lineWidthPercentile,
        double wrapTolerance,
        int maxWrappedWidth,
        double shortSentenceEnd,
        Set<String> suspendedCompoundJoiners) {

    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.,;:!?]$");

    /** The JSON shape of the file; patterns as strings. */
    private record Spec(
            List<String> pageLabels,
            String edgePageNumber,
            String pageStartLine,
            List<String> runningTitleWords,
            int runningTitleMaxWords,
            int repeatedEdgeMinPages,
            String bullet,
            String numbered,
            List<String> headingPrefixes,
            int headingMaxWords,
            int headingMaxChars,
            int shortLineRunMaxWords,
            List<String> sentenceWords,
            List<String> titleNeverEndsWith,
            List<String> tocTitles,
            String tocLeader,
            String tocEntry,
            double lineWidthPercentile,
            double wrapTolerance,
            int maxWrappedWidth,
            double shortSentenceEnd,
            List<String> suspendedCompoundJoiners) {}

    public static LayoutRules load() {
        try (InputStream in = PipelineFiles.open("layout.json")) {
            Spec s = Json.MAPPER.readValue(in, Spec.class);
            return new LayoutRules(
                    s.pageLabels().stream().map(LayoutRules::compile).toList(),
                    compile(s.edgePageNumber()),
                    Pattern.compile(s.pageStartLine()),
                    lower(s.runningTitleWords()),
                    s.runningTitleMaxWords(),
                    s.repeatedEdgeMinPages(),
                    Pattern.compile(s.bullet()),
                    Pattern.compile(s.numbered()),
                    List.copyOf(s.headingPrefixes()),
                    s.headingMaxWords(),
                    s.headingMaxChars(),
                    s.shortLineRunMaxWords(),
                    lower(s.sentenceWords()),
                    lower(s.titleNeverEndsWith()),
                    lower(s.tocTitles()),
                    Pattern.compile(s.tocLeader()),
                    Pattern.compile(s.tocEntry()),
                    s.lineWidthPercentile(),
                    s.wrapTolerance(),
                    s.maxWrappedWidth(),
                    s.shortSentenceEnd(),
                    lower(s.suspendedCompoundJoiners()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/layout.json", e);
        }
    }

    /** Whole-line patterns: a page label must be the entire line. */
    private static Pattern compile(String regex) {
        return Pattern.compile("^(?:" + regex + ")$");
    }

    private static Set<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Shaped like a title: few words, upper-case start, no closing punctuation, no finite verb, not ending in a
     * function word. Says nothing about where the line stands; callers check that it stands alone.
     */
    public boolean titleLike(String text) {
        if (text.isEmpty() || Character.isLowerCase(text.codePointAt(0)) || text.contains("\t")) return false;
        if (text.length() > headingMaxChars || endsWithPunctuation(text) || text.endsWith("-")) return false;
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s/]+");
        return words.length <= headingMaxWords
                && !titleNeverEndsWith.contains(words[words.length - 1])
                && Arrays.stream(words).noneMatch(sentenceWords::contains);
    }

    /** Ends like a sentence or a clause (., ; : ! ?): not a title. */
    public static boolean endsWithPunctuation(String text) {
        return CLOSING_PUNCTUATION.matcher(text).find();
    }

    public boolean isPageLabel(String trimmedLine) {
        return pageLabels.stream().anyMatch(p -> p.matcher(trimmedLine).matches());
    }

    /** The page number a label states ("Sida 34 (37)" → 34), or -1. */
    public static int labelNumber(String label) {
        var m = Pattern.compile("\\d{1,4}").matcher(label);
        return m.find() ? Integer.parseInt(m.group()) : -1;
    }
}
