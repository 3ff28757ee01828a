package se.lup.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.lup.clean.CleanDocument;
import se.lup.corpus.DocumentInfo;
import se.lup.extract.ExtractedDocument;
import se.lup.pipeline.ContentHash;
import se.lup.pipeline.DocumentFailure;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.ProcessedDocument;
import se.lup.pipeline.ReadDocument;
import se.lup.record.LupRecord;

/**
 * Ingests a set of documents into a {@link RecordStore}: documents whose content hash, metadata, lineage and version
 * match what is stored are skipped, the others run through the pipeline in parallel and are written one document at a time, a
 * failing document is reported and skipped (its earlier records stay), and with {@code prune} stored documents that
 * are no longer among the inputs are removed. Because every write is atomic per document and unchanged documents are
 * skipped, rerunning after a crash finishes the job without duplicates.
 */
public final class BatchIngest {
    public record Options(int threads, boolean prune) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
        }
    }

    /** Describes a document no manifest lists (title, organisation, district, year, type) from its text. */
    @FunctionalInterface
    public interface Describer {
        DocumentInfo describe(Path file, ExtractedDocument extracted, CleanDocument clean);
    }

    /**
     * A step that needs the records of many documents (categorising the themes no taxonomy alias names, say): given
     * every stored record, it says how to complete one document's records. It runs after a run's documents are
     * written; until then they are stored as provisional, so a crash in between has them processed again.
     */
    @FunctionalInterface
    public interface Completion {
        Completion NONE = all -> UnaryOperator.identity();

        UnaryOperator<List<LupRecord>> learn(List<LupRecord> allRecords);
    }

    private final DocumentPipeline pipeline;
    private final Describer describer;
    private final Completion completion;
    private final RecordStore store;
    private final Options options;
    /** Documents written provisionally in this run, awaiting {@link #completion}, with their final store entry. */
    private final Map<StoredDocument, List<LupRecord>> provisional = new ConcurrentHashMap<>();

    public BatchIngest(DocumentPipeline pipeline, Describer describer, Completion completion, RecordStore store, Options options) {
        this.pipeline = pipeline;
        this.describer = describer;
        this.completion = completion;
        this.store = store;
        this.options = options;
    }

    /**
     * A document after the first look: hashed, and described (then already {@code read}, which the rest of the
     * pipeline continues from), or already finished (unchanged, failed).
     */
    private record Looked(InputDocument input, String hash, ReadDocument read, DocumentReport finished) {
        static Looked finished(InputDocument input, DocumentReport report) {
            return new Looked(input, null, null, report);
        }
    }

    /**
     * Runs the batch; {@code progress} hears of every document as it finishes, failures included. First every
     * document is hashed, and described when no manifest does it and its content is new; then lineages and versions
     * are assigned over the whole run; then the documents that changed are processed and written.
     */
    public RunReport run(List<InputDocument> inputs, BatchProgress progress) throws IOException {
        long start = System.nanoTime();
        Map<String, StoredDocument> stored = store.storedDocuments();
        progress.started(inputs.size());
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        try {
            Map<String, InputDocument> byId = new HashMap<>();
            List<Future<Looked>> looking = new ArrayList<>();
            for (InputDocument in : inputs) {
                InputDocument clash = byId.putIfAbsent(in.documentId(), in);
                looking.add(workers.submit(() -> clash == null
                        ? look(in, stored.get(in.documentId()))
                        : Looked.finished(in, DocumentReport.failed(in.file().toString(), in.documentId(),
                                "same document id as " + clash.file() + " (rename one of them)", 0))));
            }
            List<Looked> looked = new ArrayList<>();
            for (Future<Looked> f : looking) {
                Looked l = await(f);
                if (l.finished() != null) {
                    progress.finished(l.finished());
                }
                looked.add(l);
            }
            List<InputDocument> toDecide = looked.stream().filter(l -> l.finished() == null).map(Looked::input).toList();
            Map<String, InputDocument> versioned = new HashMap<>();
            Lineages.assign(toDecide, stored.values()).forEach(in -> versioned.put(in.documentId(), in));

            List<Future<DocumentReport>> ingesting = new ArrayList<>();
            for (Looked l : looked) {
                ingesting.add(l.finished() != null ? CompletableFuture.completedFuture(l.finished()) : workers.submit(() -> {
                    DocumentReport report = ingest(versioned.get(l.input().documentId()), l, stored.get(l.input().documentId()));
                    progress.finished(report); // as each completes, so the ETA follows the work
                    return report;
                }));
            }
            List<DocumentReport> reports = new ArrayList<>();
            for (Future<DocumentReport> f : ingesting) {
                reports.add(await(f));
            }
            reports = new ArrayList<>(complete(reports));
            if (options.prune()) {
                reports.addAll(prune(stored, byId.keySet()));
            }
            return new RunReport((System.nanoTime() - start) / 1e9, reports);
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Hashes the file; a document no manifest describes is unchanged when its content is (its description was
     * detected from that content), otherwise it is read and described now, before lineages are assigned. Its read
     * text is kept for the second phase, so it is extracted (and OCR'd) only once.
     */
    private Looked look(InputDocument in, StoredDocument stored) {
        long start = System.nanoTime();
        try {
            String hash = ContentHash.of(in.file());
            if (in.info() != null) {
                return new Looked(in, hash, null, null);
            }
            if (stored != null && !stored.isProvisional() && stored.fingerprint() != null
                    && stored.fingerprint().startsWith(hash + "/")) {
                return Looked.finished(in, DocumentReport.unchanged(in, stored, seconds(start)));
            }
            ReadDocument read = pipeline.read(in.file());
            return new Looked(in.withInfo(describer.describe(in.file(), read.extracted(), read.clean())), hash, read, null);
        } catch (DocumentFailure e) {
            return Looked.finished(in, DocumentReport.failed(in.file().toString(), in.documentId(), e.reason(), seconds(start)));
        } catch (IOException | RuntimeException e) {
            return Looked.finished(in, DocumentReport.failed(in.file().toString(), in.documentId(), "cannot read or describe: " + e, seconds(start)));
        }
    }

    private DocumentReport ingest(InputDocument in, Looked looked, StoredDocument stored) {
        long start = System.nanoTime();
        StoredDocument next = new StoredDocument(in.documentId(), fingerprint(looked.hash(), in.info()), in.info().lineage(),
                in.info().version());
        if (next.equals(stored)) {
            return DocumentReport.unchanged(in, stored, seconds(start));
        }
        try {
            ProcessedDocument doc = looked.read() != null
                    ? pipeline.finish(looked.read(), in.info(), looked.hash())
                    : pipeline.process(in.file(), in.info(), looked.hash());
            if (completion == Completion.NONE) {
                store.replaceDocument(next, doc.records());
            } else {
                store.replaceDocument(next.provisional(), doc.records());
                provisional.put(next, doc.records());
            }
            return DocumentReport.indexed(in, doc, seconds(start));
        } catch (DocumentFailure e) {
            return DocumentReport.failed(in.file().toString(), in.documentId(), e.reason(), seconds(start));
        } catch (IOException | RuntimeException e) {
            // The store rolled back to its last commit: this document keeps what it had, the batch goes on.
            return DocumentReport.failed(in.file().toString(), in.documentId(), "cannot index: " + e, seconds(start));
        }
    }

    /** Completes the documents written provisionally; one that cannot be completed is reported failed. */
    private List<DocumentReport> complete(List<DocumentReport> reports) throws IOException {
        if (provisional.isEmpty()) {
            return reports;
        }
        Map<String, String> failures = new HashMap<>();
        UnaryOperator<List<LupRecord>> complete = null;
        for (Map.Entry<StoredDocument, List<LupRecord>> written : provisional.entrySet()) {
            try {
                complete = complete != null ? complete : completion.learn(store.allRecords());
                store.replaceDocument(written.getKey(), complete.apply(written.getValue()));
            } catch (IOException | RuntimeException e) {
                failures.put(written.getKey().documentId(), "cannot complete (processed again next run): " + e);
            }
        }
        provisional.clear();
        return reports.stream().map(r -> failures.containsKey(r.documentId())
                ? DocumentReport.failed(r.file(), r.documentId(), failures.get(r.documentId()), r.seconds()) : r).toList();
    }

    /**
     * What a document was built from: its bytes and the metadata its records carry. A manifest edit (a corrected
     * title, say) therefore re-indexes the document just like an edit of the file.
     */
    static String fingerprint(String contentHash, DocumentInfo info) {
        String metadata = String.join("\u0000", Objects.toString(info.title()), Objects.toString(info.organisation()),
                Objects.toString(info.district()), Objects.toString(info.year()), Objects.toString(info.type()));
        return contentHash + "/" + Integer.toHexString(metadata.hashCode());
    }

    private List<DocumentReport> prune(Map<String, StoredDocument> stored, Set<String> present) throws IOException {
        List<DocumentReport> pruned = new ArrayList<>();
        for (StoredDocument doc : stored.values()) {
            if (!present.contains(doc.documentId())) {
                store.deleteDocument(doc.documentId());
                pruned.add(DocumentReport.pruned(doc.documentId(), doc.documentId()));
            }
        }
        return pruned;
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("ingest worker failed: " + e.getCause(), e.getCause());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
