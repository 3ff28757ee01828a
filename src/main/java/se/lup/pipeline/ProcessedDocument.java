package se.lup.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * One document after the whole pipeline: its reference, the SHA-256 of its bytes (what incremental ingest compares),
 * page counts, the garble score before and after repair, its records and warnings, and how long each stage took.
 */
public record ProcessedDocument(
        DocumentRef document,
        String contentHash,
        int pages,
        int ocrPages,
        double garbleBefore,
        double garbleAfter,
        List<LupRecord> records,
        List<String> warnings,
        Map<Stage, Duration> timings) {

    public ProcessedDocument {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
        timings = Map.copyOf(timings);
    }

    public Map<RecordKind, Integer> recordCounts() {
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        records.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
        return counts;
    }
}
