package se.lup.segment;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.lup.gazetteer.Gazetteer;

/**
 * What the segmenter reads plans with: cues, gazetteer, theme taxonomy and, optionally, a categorizer for themes and
 * measures that match no taxonomy alias (text in, categories out).
 */
public record SegmenterConfig(Cues cues, Gazetteer gazetteer, ThemeTaxonomy taxonomy,
        Optional<Function<String, List<String>>> categorizer) {

    /** The configuration in {@code pipeline/}, without a categorizer. */
    public static SegmenterConfig load() {
        return new SegmenterConfig(Cues.load(), Gazetteer.load(), ThemeTaxonomy.load(), Optional.empty());
    }

    public SegmenterConfig withCategorizer(Function<String, List<String>> fallback) {
        return new SegmenterConfig(cues, gazetteer, taxonomy, Optional.of(fallback));
    }
}
