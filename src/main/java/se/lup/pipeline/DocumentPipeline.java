package se.lup.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import se.lup.clean.CleanDocument;
import se.lup.corpus.DocumentInfo;
import se.lup.corpus.DocumentRefs;
import se.lup.extract.ExtractedDocument;
import se.lup.extract.ExtractionException;
import se.lup.record.DocumentRef;
import se.lup.repair.RepairedDocument;
import se.lup.segment.Segmentation;

/**
 * Runs one file through extract → clean → repair → segment ({@link Stage} says what each needs and produces) and
 * returns an immutable {@link ProcessedDocument}. Any failure becomes one {@link DocumentFailure} naming the file,
 * the stage and the reason, so a batch can report it and go on. Thread-safe as long as the stages are.
 */
public final class DocumentPipeline {
    private final Supplier<PipelineStages> stages;

    public DocumentPipeline(PipelineStages stages) {
        this.stages = () -> stages;
    }

    private DocumentPipeline(Supplier<PipelineStages> stages) {
        this.stages = stages;
    }

    /** A pipeline whose stages are built on first use (see {@link Lazy}). */
    public static DocumentPipeline lazy(Supplier<PipelineStages> stages) {
        return new DocumentPipeline(Lazy.of(stages));
    }

    public ProcessedDocument process(Path file, DocumentInfo info) throws DocumentFailure {
        String hash;
        try {
            hash = ContentHash.of(file);
        } catch (IOException e) {
            throw new DocumentFailure(file, Stage.EXTRACT, "cannot read file: " + e.getMessage(), e);
        }
        return process(file, info, hash);
    }

    /** As {@link #process(Path, DocumentInfo)} when the caller already hashed the file (to decide whether to process it). */
    public ProcessedDocument process(Path file, DocumentInfo info, String contentHash) throws DocumentFailure {
        return finish(read(file), info, contentHash);
    }

    /** The first stages only: extract and clean. */
    public ReadDocument read(Path file) throws DocumentFailure {
        PipelineStages stages = this.stages.get();
        Map<Stage, Duration> timings = new EnumMap<>(Stage.class);
        ExtractedDocument extracted = timed(file, Stage.EXTRACT, timings, () -> {
            try {
                return stages.extractor().extract(file);
            } catch (ExtractionException e) {
                throw new DocumentFailure(file, Stage.EXTRACT, e.reason(), e);
            }
        });
        CleanDocument clean = timed(file, Stage.CLEAN, timings, () -> stages.cleaner().clean(extracted));
        return new ReadDocument(file, extracted, clean, timings);
    }

    /** The remaining stages, repair and segment, for a document read by {@link #read} and described by {@code info}. */
    public ProcessedDocument finish(ReadDocument read, DocumentInfo info, String contentHash) throws DocumentFailure {
        PipelineStages stages = this.stages.get();
        Path file = read.file();
        Map<Stage, Duration> timings = new EnumMap<>(read.timings());
        RepairedDocument repaired = timed(file, Stage.REPAIR, timings, () -> stages.repairer().repair(read.clean()));
        DocumentRef ref = DocumentRefs.of(file, info);
        Segmentation segmentation = timed(file, Stage.SEGMENT, timings,
                () -> stages.segmenter().segment(ref, info.district(), repaired.document()));
        return new ProcessedDocument(ref, contentHash, read.extracted().pages().size(), read.extracted().ocrPageCount(),
                repaired.report().garbleBefore(), repaired.report().garbleAfter(), segmentation.records(),
                segmentation.warnings(), timings);
    }

    private interface StageCall<T> {
        T run() throws DocumentFailure;
    }

    private static <T> T timed(Path file, Stage stage, Map<Stage, Duration> timings, StageCall<T> call) throws DocumentFailure {
        long start = System.nanoTime();
        try {
            return call.run();
        } catch (DocumentFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A stage bug on one odd document must not stop the batch: report it against the file and stage.
            throw new DocumentFailure(file, stage, stage.id() + " failed: " + e, e);
        } finally {
            timings.put(stage, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
