package se.lup.index;

import java.util.Objects;

/**
 * What the index knows about one source document: its id (the unit of replacement), the hash of the content it
 * was built from (so an unchanged file need not be processed again), its lineage (the versions of the same plan)
 * and its version within that lineage. The document whose version is highest in its lineage (ties: greatest id) is the
 * latest; searches show latest versions unless asked for all.
 *
 * @param lineage null means the document is a lineage of its own (and therefore always the latest)
 */
public record IndexedDocument(String id, String contentHash, String lineage, int version) {
    public IndexedDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id must not be blank");
        }
        contentHash = Objects.requireNonNullElse(contentHash, "");
        lineage = lineage == null || lineage.isBlank() ? id : lineage;
    }

    /** True when this document is a later version than {@code other} of the same lineage. */
    boolean supersedes(IndexedDocument other) {
        return version != other.version ? version > other.version : id.compareTo(other.id) > 0;
    }
}
