package se.lup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.lup.batch.BatchIngest;
import se.lup.batch.BatchProgress;
import se.lup.batch.DocumentReport;
import se.lup.batch.DocumentStatus;
import se.lup.batch.IndexRecordStore;
import se.lup.batch.InputFolders;
import se.lup.batch.RunReport;
import se.lup.batch.ThemeCategories;
import se.lup.config.Json;
import se.lup.config.LupHome;
import se.lup.corpus.MetadataDetector;
import se.lup.index.IndexBusyException;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.Lazy;
import se.lup.pipeline.PipelineStages;

@Command(name = "ingest", description = {
        "Extract, repair, segment and index documents (folders are walked). Unchanged documents are skipped, changed ones",
        "re-indexed, each document committed on its own: an interrupted run is finished by running it again."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to ingest (default: the bundled corpus).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index = LupHome.index();

    @Option(names = "--prune", description = "Remove indexed documents that are not among the documents under PATH.")
    boolean prune;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report", paramLabel = "FILE", description = "Write the run report (JSON, one entry per document) here.")
    Path report;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            System.err.println("lup ingest: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        InputFolders.Listing listing = InputFolders.list(paths.isEmpty() ? List.of(LupHome.corpus()) : paths);
        boolean pruneNow = prune && listing.unreadable().isEmpty();
        if (prune && !pruneNow) { // a folder that could not be listed must not look like deleted files
            System.err.println("lup ingest: --prune skipped: not every PATH could be listed");
        }
        Lazy<MetadataDetector> detector = Lazy.of(MetadataDetector::load);
        RunReport run;
        try (IndexRecordStore store = IndexRecordStore.open(index);
                BatchProgress progress = BatchProgress.forConsole(System.err)) {
            BatchIngest batch = new BatchIngest(DocumentPipeline.lazy(PipelineStages::defaults),
                    (file, extracted, clean) -> detector.get().detect(file, extracted, clean), new ThemeCategories(), store,
                    new BatchIngest.Options(threads, pruneNow));
            RunReport processed = batch.run(listing.documents(), progress);
            List<DocumentReport> all = new ArrayList<>(listing.unreadable());
            all.addAll(processed.documents());
            run = new RunReport(processed.seconds(), all);
        } catch (IndexBusyException e) {
            System.err.println("lup ingest: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        run.documents().stream().filter(d -> d.status() == DocumentStatus.FAILED)
                .forEach(d -> System.err.println("lup: " + d.failureLine()));
        if (report != null) {
            Files.writeString(report, Json.pretty(run));
        }
        System.out.println("ingest: " + run.summary());
        return run.anyFailed() ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
    }
}
