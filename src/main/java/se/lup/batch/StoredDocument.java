package se.lup.batch;

/**
 * A document as the store knows it. {@code fingerprint} identifies what it was built from — the file's content hash
 * and its metadata — and is null when the store no longer trusts it (e.g. written under an older index schema).
 */
public record StoredDocument(String documentId, String fingerprint, String lineage, int version) {}
