package se.lup.batch;

import java.nio.file.Path;
import se.lup.corpus.DocumentInfo;
import se.lup.corpus.DocumentRefs;

/** A file to ingest with what is known about it before processing: its manifest entry, or null until it is described. */
public record InputDocument(Path file, DocumentInfo info) {
    public String documentId() {
        return DocumentRefs.documentId(file);
    }

    public InputDocument withInfo(DocumentInfo newInfo) {
        return new InputDocument(file, newInfo);
    }
}
