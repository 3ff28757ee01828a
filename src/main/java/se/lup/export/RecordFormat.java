package se.lup.export;

import java.util.Locale;

/** Export formats: one JSON record per line, a JSON array, or CSV for Swedish Excel. */
public enum RecordFormat {
    JSONL, JSON, CSV;

    public static RecordFormat parse(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
