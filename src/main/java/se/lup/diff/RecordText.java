package se.lup.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import se.lup.record.IndicatorValues;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * The text by which two versions of a record are recognised and compared. Values that are diffed as fields (dates,
 * indicator targets) are cut out of it, so that a moved end date is reported once, as a date change, and not again as
 * a text change, whichever way the segmenter chose to fill {@code text} for table rows.
 */
final class RecordText {
    /** Kinds whose title is their name (a goal, a theme, a place, an organisation): a changed title is a rename. */
    static final Set<RecordKind> NAMED_BY_TITLE = Set.of(RecordKind.GOAL, RecordKind.THEME, RecordKind.PRIORITY_AREA, RecordKind.PARTNER);
    /** Segmenters shorten long titles with a trailing ellipsis; such a title is a prefix of the text, not extra text. */
    private static final Pattern ELLIPSIS = Pattern.compile("(\\.\\.\\.|…)$");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private RecordText() {}

    /** What names the record: the title of a goal or theme; the content of anything else. */
    static String identity(LupRecord r) {
        return NAMED_BY_TITLE.contains(r.kind()) && hasText(r.title()) ? r.title() : body(r);
    }

    /** The record's content without its separately compared fields; a goal's or theme's title is cut out too. */
    static String body(LupRecord r) {
        String text = hasText(r.text()) ? r.text() : Objects.toString(r.title(), "");
        boolean titleIsName = NAMED_BY_TITLE.contains(r.kind());
        if (!titleIsName && hasText(r.title()) && !text.contains(ELLIPSIS.matcher(r.title()).replaceFirst("").strip())) {
            text = r.title() + "\n" + text;
        }
        List<String> fieldValues = new ArrayList<>();
        if (titleIsName && hasText(r.title())) {
            fieldValues.add(r.title());
        }
        IndicatorValues v = r.values();
        if (v != null) {
            fieldValues.add(v.target());
            fieldValues.add(v.cityTarget());
            fieldValues.add(v.period());
        }
        for (String value : fieldValues) {
            int at = hasText(value) ? text.lastIndexOf(value) : -1;
            if (at >= 0) { // the last occurrence: table cells come after the row's label
                text = text.substring(0, at) + " " + text.substring(at + value.length());
            }
        }
        return ISO_DATE.matcher(text).replaceAll(" ").strip();
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
