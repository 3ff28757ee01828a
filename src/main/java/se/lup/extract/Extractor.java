package se.lup.extract;

import java.nio.file.Path;

/** Stage 1: any input file to page-aware text. Needs: a readable file. Produces: {@link ExtractedDocument}. */
public interface Extractor {
    ExtractedDocument extract(Path file) throws ExtractionException;
}
