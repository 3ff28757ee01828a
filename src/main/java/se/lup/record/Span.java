package se.lup.record;

/** Character offsets into the document's cleaned text (the output of {@code lup extract}). */
public record Span(int start, int end) {}
