package se.lup.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (or another {@link RecordIndex} in this one) is writing to the index: Lucene allows one writer. */
public final class IndexBusyException extends IOException {
    public IndexBusyException(Path dir, Throwable cause) {
        super(dir + ": the index is being written by another ingest (Lucene write.lock is held); wait for it to finish", cause);
    }
}
