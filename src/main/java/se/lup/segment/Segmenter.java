package se.lup.segment;

import se.lup.clean.CleanDocument;
import se.lup.record.DocumentRef;

/** Stage 4: blocks to records. Needs: a repaired {@link CleanDocument} and its {@link DocumentRef}. Produces: {@link Segmentation}. */
public interface Segmenter {
    Segmentation segment(DocumentRef document, String documentDistrict, CleanDocument text);
}
