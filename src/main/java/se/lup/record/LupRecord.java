package se.lup.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One segmented record. The kind-specific fields (dates, level, number, values, partnerType, goal) are null where they
 * do not apply. {@code id} is derived from content and position so that re-ingesting unchanged content gives the same id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LupRecord(
        String id,
        RecordKind kind,
        @JsonInclude(JsonInclude.Include.ALWAYS) String district,
        @JsonInclude(JsonInclude.Include.ALWAYS) String theme,
        List<String> themeCategories,
        String title,
        String text,
        String rawText,
        DocumentRef document,
        List<String> section,
        @JsonInclude(JsonInclude.Include.ALWAYS) Integer page,
        Span span,
        LocalDate startDate,
        LocalDate endDate,
        String level,
        String number,
        IndicatorValues values,
        String partnerType,
        List<String> goal) {

    public LupRecord {
        themeCategories = themeCategories == null ? List.of() : List.copyOf(themeCategories);
        section = section == null ? List.of() : List.copyOf(section);
        goal = goal == null ? null : List.copyOf(goal);
    }

    /** The same record with other theme categories (for categories assigned after segmentation). */
    public LupRecord withThemeCategories(List<String> categories) {
        return new LupRecord(id, kind, district, theme, categories, title, text, rawText, document, section, page, span,
                startDate, endDate, level, number, values, partnerType, goal);
    }
}
