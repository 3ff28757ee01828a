package se.lup.clean;

import se.lup.extract.ExtractedDocument;

/** Stage 2: page text to typed blocks. Needs: {@link ExtractedDocument}. Produces: {@link CleanDocument}. */
public interface Cleaner {
    CleanDocument clean(ExtractedDocument document);
}
