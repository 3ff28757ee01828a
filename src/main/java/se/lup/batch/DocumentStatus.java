package se.lup.batch;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an ingest run did with one document. */
public enum DocumentStatus {
    /** Processed and its records written (new or changed content). */
    INDEXED,
    /** Same content and metadata as already indexed: not processed again. */
    UNCHANGED,
    /** Could not be processed; whatever was indexed for it before is kept. */
    FAILED,
    /** Its file is no longer among the inputs and {@code --prune} removed it. */
    PRUNED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
