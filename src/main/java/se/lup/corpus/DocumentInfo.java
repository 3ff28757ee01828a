package se.lup.corpus;

/**
 * What is known about a document before segmentation: from {@code manifest.json} when the folder has one, otherwise
 * detected from the text. {@code lineage} groups versions of the same plan; {@code version} orders them.
 */
public record DocumentInfo(
        String file,
        String title,
        String organisation,
        String district,
        Integer year,
        String type,
        Boolean ocr,
        String lineage,
        Integer version) {}
