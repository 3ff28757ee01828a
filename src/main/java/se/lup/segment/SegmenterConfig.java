package se.lup.segment;

import se.lup.gazetteer.Gazetteer;

/** What the segmenter reads plans with: cues, gazetteer and theme taxonomy, all from {@code pipeline/}. */
public record SegmenterConfig(Cues cues, Gazetteer gazetteer, ThemeTaxonomy taxonomy) {

    public static SegmenterConfig load() {
        return new SegmenterConfig(Cues.load(), Gazetteer.load(), ThemeTaxonomy.load());
    }
}
