package se.lup.batch;

import se.lup.record.DocumentRef;

/** A document as the store knows it; {@code ref} is null when the document yielded no records. */
public record StoredDocument(String documentId, String contentHash, DocumentRef ref) {}
