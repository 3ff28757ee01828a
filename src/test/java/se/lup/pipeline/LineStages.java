package se.lup.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import se.lup.clean.Block;
import se.lup.clean.BlockType;
import se.lup.clean.CleanDocument;
import se.lup.extract.PlainTextExtractor;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;
import se.lup.record.Span;
import se.lup.repair.RepairReport;
import se.lup.repair.RepairedDocument;
import se.lup.segment.Segmentation;

/**
 * Minimal stages for testing the pipeline and batch machinery apart from the real cleaner, repairer and segmenter:
 * each non-blank line is a paragraph and becomes one context record. Counts how many documents it segmented.
 */
public final class LineStages {
    public final AtomicInteger segmented = new AtomicInteger();

    public PipelineStages stages() {
        return new PipelineStages(new PlainTextExtractor(), extracted -> {
            List<Block> blocks = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            extracted.pages().forEach(page -> page.text().lines().filter(l -> !l.isBlank()).forEach(line -> {
                int start = text.length();
                text.append(line).append('\n');
                blocks.add(new Block(BlockType.PARAGRAPH, line, line, page.number(), start, start + line.length(), List.of()));
            }));
            return new CleanDocument(extracted.source(), text.toString(), blocks, extracted.pages().size(), extracted.ocrPageCount());
        }, clean -> new RepairedDocument(clean, new RepairReport(0, 0, false, 0, List.of())), (ref, district, clean) -> {
            segmented.incrementAndGet();
            List<LupRecord> records = new ArrayList<>();
            for (Block b : clean.blocks()) {
                if (b.text().contains("CRASH")) {
                    throw new IllegalStateException("segmenter bug triggered");
                }
                records.add(new LupRecord(ref.id() + "-" + records.size(), RecordKind.CONTEXT, district, null, List.of(), null,
                        b.text(), b.rawText(), ref, List.of(), b.page(), new Span(b.start(), b.end()), null, null, null, null,
                        null, null, null));
            }
            return new Segmentation(records, List.of());
        });
    }
}
