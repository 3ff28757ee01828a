package se.lup.pipeline;

import java.util.Objects;
import se.lup.clean.Cleaner;
import se.lup.clean.LayoutCleaner;
import se.lup.extract.DocumentExtractor;
import se.lup.extract.Extractor;
import se.lup.repair.Repairer;
import se.lup.repair.SwedishOcrRepairer;
import se.lup.segment.RuleSegmenter;
import se.lup.segment.SegmenterConfig;
import se.lup.segment.Segmenter;

/** The stage implementations a {@link DocumentPipeline} runs: configuration as an object, so tests and tools can swap any. */
public record PipelineStages(Extractor extractor, Cleaner cleaner, Repairer repairer, Segmenter segmenter) {
    public PipelineStages {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(repairer, "repairer");
        Objects.requireNonNull(segmenter, "segmenter");
    }

    /** The production stages, configured from {@code pipeline/}. */
    public static PipelineStages defaults() {
        return new PipelineStages(new DocumentExtractor(), new LayoutCleaner(), SwedishOcrRepairer.load(),
                new RuleSegmenter(SegmenterConfig.load()));
    }
}
