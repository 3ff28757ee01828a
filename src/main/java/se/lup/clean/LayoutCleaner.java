package se.lup.clean;

import java.util.ArrayList;
import java.util.List;
import se.lup.extract.ExtractedDocument;

/**
 * The cleanup stage: drops page furniture, joins hard-wrapped lines (de-hyphenating word breaks, keeping real
 * hyphens), types blocks and merges table rows split by a page break. The cues it uses are data, in
 * {@code pipeline/layout.json}. Blocks are separated by a blank line in the text, list items and table rows by a newline.
 */
public final class LayoutCleaner implements Cleaner {
    private final PageFurniture furniture;
    private final Reflow reflow;
    private final BlockClassifier classifier;
    private final TableRows tableRows;

    public LayoutCleaner() {
        this(LayoutRules.load());
    }

    public LayoutCleaner(LayoutRules rules) {
        this.furniture = new PageFurniture(rules);
        this.reflow = new Reflow(rules);
        this.classifier = new BlockClassifier(rules);
        this.tableRows = new TableRows(new Dehyphenator(rules.suspendedCompoundJoiners()));
    }

    @Override
    public CleanDocument clean(ExtractedDocument document) {
        PagedLines paged = furniture.split(document);
        List<LineGroup> groups = reflow.groups(paged.lines(), hardWrapped(document.mediaType()));
        List<Draft> drafts = tableRows.mergeContinuations(classifier.classify(groups));
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        Draft previous = null;
        for (Draft d : drafts) {
            if (previous != null) text.append(sameRun(previous, d) ? "\n" : "\n\n");
            int start = text.length();
            text.append(d.text());
            blocks.add(new Block(d.type(), d.text(), d.text(), d.page(), start, text.length(), d.cells()));
            previous = d;
        }
        return new CleanDocument(document.source(), text.toString(), blocks, paged.pageCount(), document.ocrPageCount());
    }

    /** Text from page layouts (PDF, scans, text exports) is wrapped into lines; word processors and HTML keep paragraphs whole. */
    private static boolean hardWrapped(String mediaType) {
        return mediaType.equals("text/plain") || mediaType.equals("application/pdf") || mediaType.startsWith("image/");
    }

    private static boolean sameRun(Draft a, Draft b) {
        return a.type() == b.type()
                && (a.type() == BlockType.LIST_ITEM || a.type() == BlockType.TABLE_ROW || a.type() == BlockType.TOC);
    }
}
