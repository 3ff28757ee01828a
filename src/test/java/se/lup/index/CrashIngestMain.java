package se.lup.index;

import java.nio.file.Path;
import java.util.List;

/**
 * Child process for {@link CrashSafetyTest}: indexes large documents one after another, printing "committed N"
 * after each, until it is killed.
 */
public final class CrashIngestMain {
    static final int RECORDS_PER_DOCUMENT = 1000;

    private CrashIngestMain() {}

    public static void main(String[] args) throws Exception {
        try (RecordIndex index = RecordIndex.open(Path.of(args[0]))) {
            for (int n = 0; ; n++) {
                String id = "doc-" + n;
                List<se.lup.record.LupRecord> records = ConcurrentSearchTest.generation(id, 0, RECORDS_PER_DOCUMENT);
                index.replaceDocument(id, "hash-" + n, records);
                System.out.println("committed " + n);
                System.out.flush();
            }
        }
    }
}
