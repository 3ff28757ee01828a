package se.lup.corpus;

import java.nio.file.Path;

/** A document file and what is known about it: its manifest entry, or what was detected from its text. */
public record SourceDocument(Path file, DocumentInfo info) {}
