package se.lup.repair;

import se.lup.clean.CleanDocument;

/**
 * Stage 3: OCR repair. Needs: {@link CleanDocument}. Produces: the same blocks with {@code text} repaired and
 * {@code rawText} kept, plus a report. Clean documents pass through unchanged.
 */
public interface Repairer {
    RepairedDocument repair(CleanDocument document);
}
