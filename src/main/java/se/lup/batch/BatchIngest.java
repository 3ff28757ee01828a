package se.lup.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.lup.corpus.DocumentRefs;
import se.lup.pipeline.ContentHash;
import se.lup.pipeline.DocumentFailure;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.ProcessedDocument;
import se.lup.record.DocumentRef;

/**
 * Ingests a set of documents into a {@link RecordStore}: documents whose content hash and metadata match what is
 * stored are skipped, the others run through the pipeline in parallel and are written one document at a time, a
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

    private final DocumentPipeline pipeline;
    private final RecordStore store;
    private final Options options;

    public BatchIngest(DocumentPipeline pipeline, RecordStore store, Options options) {
        this.pipeline = pipeline;
        this.store = store;
        this.options = options;
    }

    /** Runs the batch; {@code progress} hears of every document as it finishes, failures included. */
    public RunReport run(List<InputDocument> inputs, BatchProgress progress) throws IOException {
        long start = System.nanoTime();
        Map<String, StoredDocument> stored = store.storedDocuments();
        List<InputDocument> versioned = Lineages.assign(inputs,
                stored.values().stream().map(StoredDocument::ref).filter(Objects::nonNull).toList());
        progress.started(versioned.size());
        List<DocumentReport> reports = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads());
        try {
            Map<String, InputDocument> byId = new HashMap<>();
            List<Future<DocumentReport>> pending = new ArrayList<>();
            for (InputDocument in : versioned) {
                InputDocument clash = byId.putIfAbsent(in.documentId(), in);
                DocumentReport clashReport = clash == null ? null : DocumentReport.failed(in.file().toString(),
                        in.documentId(), "same document id as " + clash.file() + " (rename one of them)", 0);
                pending.add(workers.submit(() -> {
                    DocumentReport report = clashReport != null ? clashReport : ingest(in, stored.get(in.documentId()));
                    progress.finished(report); // as each completes, so the ETA follows the work
                    return report;
                }));
            }
            for (Future<DocumentReport> f : pending) {
                reports.add(await(f));
            }
            if (options.prune()) {
                reports.addAll(prune(stored, byId.keySet()));
            }
        } finally {
            workers.shutdownNow();
        }
        return new RunReport((System.nanoTime() - start) / 1e9, reports);
    }

    private DocumentReport ingest(InputDocument in, StoredDocument stored) {
        long start = System.nanoTime();
        try {
            String hash = ContentHash.of(in.file());
            DocumentRef ref = DocumentRefs.of(in.file(), in.info());
            if (stored != null && stored.contentHash().equals(hash) && (stored.ref() == null || stored.ref().equals(ref))) {
                return DocumentReport.unchanged(in, seconds(start));
            }
            ProcessedDocument doc = pipeline.process(in.file(), in.info(), hash);
            synchronized (store) { // documents are processed in parallel but committed one at a time
                store.replaceDocument(in.documentId(), hash, doc.records());
            }
            return DocumentReport.indexed(in, doc, seconds(start));
        } catch (DocumentFailure e) {
            return DocumentReport.failed(in.file().toString(), in.documentId(), e.reason(), seconds(start));
        } catch (IOException e) {
            return DocumentReport.failed(in.file().toString(), in.documentId(), "cannot read or index: " + e.getMessage(), seconds(start));
        }
    }

    private List<DocumentReport> prune(Map<String, StoredDocument> stored, Set<String> present) throws IOException {
        List<DocumentReport> pruned = new ArrayList<>();
        for (StoredDocument doc : stored.values()) {
            if (!present.contains(doc.documentId())) {
                synchronized (store) {
                    store.deleteDocument(doc.documentId());
                }
                pruned.add(DocumentReport.pruned(doc.ref() == null ? doc.documentId() : doc.ref().file(), doc.documentId()));
            }
        }
        return pruned;
    }

    private static DocumentReport await(Future<DocumentReport> future) throws IOException {
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
