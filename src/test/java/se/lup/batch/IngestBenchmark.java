package se.lup.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.lup.config.LupHome;
import se.lup.corpus.MetadataDetector;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;

/**
 * Benchmark, not a test: ingests a folder (default: the bundled corpus) into a fresh index, then again unchanged, and
 * prints both wall times and their ratio (goal: the second run takes at most 5 % of the first). Both runs are in this
 * one JVM, the first including warm-up, which is what a user's first ingest pays too.
 *
 * <p>Run after {@code mvn -B -q test-compile package -DskipTests}:
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.batch.IngestBenchmark [FOLDER]}.
 */
public final class IngestBenchmark {
    private IngestBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : LupHome.corpus();
        Path index = Files.createTempDirectory("lup-bench-index");
        try {
            List<InputDocument> inputs = InputFolders.list(List.of(folder)).documents();
            DocumentPipeline pipeline = new DocumentPipeline(PipelineStages.defaults());
            RunReport first;
            RunReport second;
            try (IndexRecordStore store = IndexRecordStore.open(index)) {
                BatchIngest batch = new BatchIngest(pipeline, MetadataDetector.load()::detect, store, new BatchIngest.Options(Runtime.getRuntime().availableProcessors(), false));
                first = batch.run(inputs, new BatchProgress.LogLines(System.err));
                second = batch.run(inputs, new BatchProgress.LogLines(System.err));
            }
            System.out.println("first run:  " + first.summary());
            System.out.println("second run: " + second.summary());
            System.out.printf(Locale.ROOT, "second/first wall time: %.4f (%.3f s / %.3f s; goal <= 0.05)%n",
                    second.seconds() / first.seconds(), second.seconds(), first.seconds());
        } finally {
            try (Stream<Path> files = Files.walk(index)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
