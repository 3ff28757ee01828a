package se.lup.clean;

/** A non-blank body line (page furniture removed) with its page and the number of blank or dropped lines before it. */
record SourceLine(int page, String text, int blanksBefore) {}
