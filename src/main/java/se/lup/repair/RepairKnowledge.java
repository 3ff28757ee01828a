package se.lup.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.lup.config.PipelineFiles;

/** The learned repair knowledge in {@code pipeline/repair}: confusions (learned plus hand-listed priors) and word counts. */
record RepairKnowledge(ConfusionModel confusions, WordStatistics statistics) {
    /** Reads it from the pipeline folder, or the copy bundled in the jar. */
    static RepairKnowledge read() {
        ConfusionModel confusions = new ConfusionModel();
        WordStatistics statistics = new WordStatistics();
        try (InputStream learned = PipelineFiles.open("repair/confusions.tsv");
                InputStream priors = PipelineFiles.open("repair/confusion-priors.tsv");
                InputStream counts = PipelineFiles.open("repair/word-counts.tsv")) {
            confusions.read(learned);
            confusions.read(priors);
            statistics.read(counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the repair knowledge in pipeline/repair", e);
        }
        return new RepairKnowledge(confusions, statistics);
    }
}
