package se.lup.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.lup.TempDirectories;
import se.lup.config.LupHome;
import se.lup.corpus.MetadataDetector;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;

/**
 * Benchmark, not a test: ingests a folder (default: the bundled corpus) into a fresh index, then again unchanged, and
 * prints both wall times and their ratio (goal: the second run takes at most 5 % of the first). Measured twice: in
 * this one JVM (the first run including warm-up, as a user's first ingest pays too), and as two {@code lup ingest}
 * processes, which adds JVM start-up to both.
 *
 * <p>Run after {@code mvn -B -q test-compile package -DskipTests}:
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.batch.IngestBenchmark [FOLDER]}.
 */
public final class IngestBenchmark {
    private IngestBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = args.length > 0 ? Path.of(args[0]) : LupHome.corpus();
        Path index = Files.createTempDirectory("lup-bench-index");
        try {
            List<InputDocument> inputs = InputFolders.list(List.of(folder)).documents();
            DocumentPipeline pipeline = new DocumentPipeline(PipelineStages.defaults());
            RunReport first;
            RunReport second;
            try (IndexRecordStore store = IndexRecordStore.open(index)) {
                BatchIngest batch = new BatchIngest(pipeline, MetadataDetector.load()::detect, new ThemeCategories(), store, new BatchIngest.Options(Runtime.getRuntime().availableProcessors(), false));
                first = batch.run(inputs, new BatchProgress.LogLines(System.err));
                second = batch.run(inputs, new BatchProgress.LogLines(System.err));
            }
            System.out.println("first run:  " + first.summary());
            System.out.println("second run: " + second.summary());
            System.out.printf(Locale.ROOT, "in one JVM: second/first wall time %.4f (%.3f s / %.3f s; goal <= 0.05)%n",
                    second.seconds() / first.seconds(), second.seconds(), first.seconds());
        } finally {
            TempDirectories.deleteTree(index);
        }
        Path cliIndex = Files.createTempDirectory("lup-bench-cli-index");
        try {
            double first = command(folder, cliIndex);
            double second = command(folder, cliIndex);
            System.out.printf(Locale.ROOT, "as processes: second/first wall time %.4f (%.3f s / %.3f s; goal <= 0.05)%n",
                    second / first, second, first);
        } finally {
            TempDirectories.deleteTree(cliIndex);
        }
    }

    /** Wall seconds of one {@code lup ingest} in a JVM of its own, on this JVM's class path. */
    private static double command(Path folder, Path index) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "se.lup.cli.LupCommand",
                "ingest", folder.toString(), "--index", index.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IOException("lup ingest exited with " + p.exitValue());
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
