package se.lup.export;

import java.util.List;
import se.lup.record.LupRecord;

/** Where exported records come from: segmented documents now, the index once there is one. */
public interface RecordSource {
    /** Records in document and reading order, plus one line per problem (a failed document, a self-check warning). */
    record Loaded(List<LupRecord> records, List<String> warnings, List<String> failures) {
        public Loaded {
            records = List.copyOf(records);
            warnings = List.copyOf(warnings);
            failures = List.copyOf(failures);
        }
    }

    Loaded load();
}
