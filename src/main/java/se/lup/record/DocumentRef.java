package se.lup.record;

/**
 * The document a record comes from, as carried on every record. {@code lineage} names the plan the document is one
 * version of (e.g. a district's yearly verksamhetsplan), {@code version} orders the documents of a lineage (1 = oldest).
 */
public record DocumentRef(String id, String file, String title, String organisation, Integer year, String type, Integer version,
        String lineage) {

    /** A reference outside any lineage (the form before lineages existed). */
    public DocumentRef(String id, String file, String title, String organisation, Integer year, String type, Integer version) {
        this(id, file, title, organisation, year, type, version, null);
    }
}
