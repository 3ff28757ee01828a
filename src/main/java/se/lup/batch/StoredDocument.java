package se.lup.batch;

/**
 * A document as the store knows it. {@code fingerprint} identifies what it was built from — the file's content hash
 * and its metadata — and is null when the store no longer trusts it (e.g. written under an older index schema).
 */
public record StoredDocument(String documentId, String fingerprint, String lineage, int version) {
    private static final String PROVISIONAL = "+provisional";

    /** The same document marked as written but not yet completed by the steps that need every document's records. */
    StoredDocument provisional() {
        return new StoredDocument(documentId, fingerprint + PROVISIONAL, lineage, version);
    }

    boolean isProvisional() {
        return fingerprint != null && fingerprint.endsWith(PROVISIONAL);
    }
}
