package se.lup.segment;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lup.clean.Block;
import se.lup.gazetteer.TolerantText;
import se.lup.record.DocumentRef;
import se.lup.record.IndicatorValues;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;
import se.lup.record.Span;

/**
 * A record being assembled from one or more consecutive blocks (a measure's heading and its paragraphs, a theme and
 * its description). Mutable on purpose and local to one segmentation; {@link #build} turns it into a {@link LupRecord}.
 */
final class RecordDraft {
    final RecordKind kind;
    final Position position;
    String title;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder rawText = new StringBuilder();
    private final Integer page;
    private final int start;
    private int end;
    LocalDate startDate;
    LocalDate endDate;
    String level;
    String number;
    IndicatorValues values;
    String partnerType;
    List<String> goal;

    RecordDraft(RecordKind kind, Position position, String title, Block first) {
        this(kind, position, title, first, first.start(), first.end());
    }

    private RecordDraft(RecordKind kind, Position position, String title, Block block, int start, int end) {
        this.kind = kind;
        this.position = position;
        this.title = title;
        this.page = block.page() > 0 ? block.page() : null;
        this.start = start;
        this.end = end;
    }

    /** A draft whose text is one block's text (or a given part of it, e.g. one partner of a list). */
    static RecordDraft of(RecordKind kind, Position position, String title, Block block, String text, String rawText) {
        RecordDraft draft = new RecordDraft(kind, position, title, block);
        draft.text.append(text.strip());
        draft.rawText.append(rawText.strip());
        return draft;
    }

    /**
     * A draft cut from part of a block (a partner, a priority area's sentence, half of a paragraph). Its span and raw
     * text are that part's own where the part can be found in the block's raw text (tolerant of OCR-misread å/ä/ö and of
     * line breaks), nearest to {@code near}, its offset in the block's repaired text; else the whole block's.
     */
    static RecordDraft part(RecordKind kind, Position position, String title, Block block, String text, int near) {
        Matcher found = Pattern.compile(TolerantText.literal(text.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(block.rawText());
        int at = -1;
        int atEnd = -1;
        while (found.find()) {
            if (at < 0 || Math.abs(found.start() - near) < Math.abs(at - near)) {
                at = found.start();
                atEnd = found.end();
            }
        }
        if (at < 0) {
            return of(kind, position, title, block, text, text);
        }
        RecordDraft draft = new RecordDraft(kind, position, title, block, block.start() + at, block.start() + atEnd);
        draft.text.append(text.strip());
        draft.rawText.append(block.rawText(), at, atEnd);
        return draft;
    }

    void append(Block block) {
        append(block.text(), block.rawText());
        end = Math.max(end, block.end());
    }

    void append(String moreText, String moreRaw) {
        if (!text.isEmpty()) {
            text.append('\n');
            rawText.append('\n');
        }
        text.append(moreText.strip());
        rawText.append(moreRaw.strip());
    }

    boolean hasText() {
        return !text.isEmpty();
    }

    String text() {
        return text.toString();
    }

    LupRecord build(String id, DocumentRef document, List<String> themeCategories) {
        String body = text.isEmpty() ? title : text.toString();
        String raw = rawText.isEmpty() ? body : rawText.toString();
        List<String> goalPath = goal == null || goal.isEmpty() ? null : goal;
        return new LupRecord(id, kind, position.district(), position.theme(), themeCategories, title, body, raw, document,
                position.section(), page, new Span(start, end), startDate, endDate, level, number, values, partnerType,
                goalPath);
    }
}
