package se.lup.extract;

import java.nio.file.Path;
import java.util.List;

/** Extraction output: the source file, its detected media type, and its pages in order (one page for formats without pages). */
public record ExtractedDocument(Path source, String mediaType, List<Page> pages) {
    public ExtractedDocument {
        pages = List.copyOf(pages);
    }

    public int ocrPageCount() {
        return (int) pages.stream().filter(Page::ocr).count();
    }
}
