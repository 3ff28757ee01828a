package se.lup.record;

/** The document a record comes from, as carried on every record. */
public record DocumentRef(String id, String file, String title, String organisation, Integer year, String type, Integer version) {}
