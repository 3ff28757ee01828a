package se.lup.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.lup.record.RecordKind;

/**
 * One change to one record, placed where the analyst looks for it: district, theme and goal path (of the new version,
 * or of the old one for a removed record). {@code text} is the record's text in the version it exists in (the new one
 * when both); {@code wordDiff} is set for text changes only.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Change(
        ChangeType type,
        RecordKind kind,
        @JsonInclude(JsonInclude.Include.ALWAYS) String district,
        String theme,
        List<String> goal,
        String oldId,
        String newId,
        String title,
        String text,
        List<FieldChange> fields,
        String wordDiff) {

    public Change {
        goal = goal == null ? List.of() : List.copyOf(goal);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
