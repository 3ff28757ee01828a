package se.lup.record;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of record a plan is segmented into; serialised in snake_case ("expected_result"). */
public enum RecordKind {
    THEME, PRIORITY_AREA, MEASURE, ACTIVITY, GOAL, INDICATOR, EXPECTED_RESULT, PARTNER, CONTEXT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RecordKind parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
