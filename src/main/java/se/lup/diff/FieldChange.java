package se.lup.diff;

/** One structured field of a record whose value differs between versions ("end_date", "target", "title"). */
public record FieldChange(String field, String before, String after) {}
