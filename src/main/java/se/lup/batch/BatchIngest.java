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
import se.lup.corpus.DocumentInfo;
import se.lup.pipeline.ContentHash;
import se.lup.pipeline.DocumentFailure;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.ProcessedDocument;

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
        List<InputDocument> versioned = Lineages.assign(inputs, stored.values());
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
            StoredDocument next = new StoredDocument(in.documentId(), fingerprint(hash, in.info()), in.info().lineage(),
                    in.info().version());
            if (next.equals(stored)) {
                return DocumentReport.unchanged(in, seconds(start));
            }
            ProcessedDocument doc = pipeline.process(in.file(), in.info(), hash);
            store.replaceDocument(next, doc.records());
            return DocumentReport.indexed(in, doc, seconds(start));
        } catch (DocumentFailure e) {
            return DocumentReport.failed(in.file().toString(), in.documentId(), e.reason(), seconds(start));
        } catch (IOException e) {
            return DocumentReport.failed(in.file().toString(), in.documentId(), "cannot read or index: " + e.getMessage(), seconds(start));
        }
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
