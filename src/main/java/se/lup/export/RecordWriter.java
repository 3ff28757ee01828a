package se.lup.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import se.lup.config.Json;
import se.lup.record.LupRecord;

/** Writes records in one of the {@link RecordFormat}s; JSON and JSONL use the project's one Jackson configuration. */
public final class RecordWriter {
    private RecordWriter() {}

    public static void write(List<LupRecord> records, RecordFormat format, Writer out) throws IOException {
        switch (format) {
            case JSONL -> {
                for (LupRecord r : records) {
                    out.write(Json.MAPPER.writeValueAsString(r));
                    out.write('\n');
                }
            }
            case JSON -> {
                out.write(Json.pretty(records));
                out.write('\n');
            }
            case CSV -> CsvRecords.write(records, out);
        }
        out.flush();
    }
}
