package se.lup.clean;

import java.util.List;

/** The body lines of a document in reading order, and how many pages it has. */
record PagedLines(List<SourceLine> lines, int pageCount) {
    PagedLines {
        lines = List.copyOf(lines);
    }
}
