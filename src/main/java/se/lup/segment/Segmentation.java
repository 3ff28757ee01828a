package se.lup.segment;

import java.util.List;
import se.lup.record.LupRecord;

/** A document's records in reading order, and the self-check warnings raised while segmenting it. */
public record Segmentation(List<LupRecord> records, List<String> warnings) {
    public Segmentation {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }
}
