package se.lup.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lup.pipeline.ProcessedDocument;

/** One line of the run report: what happened to one document and, when processed, what the pipeline found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentReport(
        String file,
        String documentId,
        DocumentStatus status,
        String reason,
        double seconds,
        Integer pages,
        Integer ocrPages,
        Double garbleBefore,
        Double garbleAfter,
        Map<String, Integer> records,
        List<String> warnings,
        String lineage,
        Integer version) {

    static DocumentReport indexed(InputDocument in, ProcessedDocument doc, double seconds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        doc.recordCounts().forEach((kind, n) -> counts.put(kind.id(), n));
        return new DocumentReport(in.file().toString(), in.documentId(), DocumentStatus.INDEXED, null, seconds, doc.pages(),
                doc.ocrPages(), doc.garbleBefore(), doc.garbleAfter(), counts, doc.warnings(), in.info().lineage(), in.info().version());
    }

    static DocumentReport unchanged(InputDocument in, StoredDocument stored, double seconds) {
        return new DocumentReport(in.file().toString(), in.documentId(), DocumentStatus.UNCHANGED, null, seconds, null, null,
                null, null, null, null, stored.lineage(), stored.version());
    }

    static DocumentReport failed(String file, String documentId, String reason, double seconds) {
        return simple(file, documentId, DocumentStatus.FAILED, reason, seconds);
    }

    static DocumentReport pruned(String file, String documentId) {
        return simple(file, documentId, DocumentStatus.PRUNED, null, 0);
    }

    private static DocumentReport simple(String file, String id, DocumentStatus status, String reason, double seconds) {
        return new DocumentReport(file, id, status, reason, seconds, null, null, null, null, null, null, null, null);
    }

    /** The one line a user sees for a failure: the file and the reason. */
    public String failureLine() {
        return file + ": " + reason;
    }
}
