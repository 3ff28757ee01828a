package se.lup.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import se.lup.clean.CleanDocument;
import se.lup.extract.ExtractedDocument;

/**
 * A document after the first two stages (extract, clean): enough to describe it (title, year, district) before the
 * rest of the pipeline runs, so a document's text is read once even when its description must be detected first.
 */
public record ReadDocument(Path file, ExtractedDocument extracted, CleanDocument clean, Map<Stage, Duration> timings) {
    public ReadDocument {
        timings = Map.copyOf(timings);
    }
}
