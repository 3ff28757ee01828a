package se.lup.diff;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to a record between two versions of a plan. */
public enum ChangeType {
    ADDED, REMOVED, RENAMED, TEXT_CHANGED, DATES_CHANGED, TARGET_CHANGED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
