package se.lup.clean;

import java.nio.file.Path;
import java.util.List;

/** Cleanup output: the cleaned body text (headers, footers and page numbers removed) and its blocks. */
public record CleanDocument(Path source, String text, List<Block> blocks, int pageCount, int ocrPageCount) {
    public CleanDocument {
        blocks = List.copyOf(blocks);
    }

    public CleanDocument withBlocks(List<Block> newBlocks) {
        return new CleanDocument(source, text, newBlocks, pageCount, ocrPageCount);
    }
}
