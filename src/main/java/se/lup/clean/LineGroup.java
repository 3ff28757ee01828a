package se.lup.clean;

import java.util.List;

/** Consecutive lines that belong to one block, joined; {@code blanksBefore} counts the blank lines before it. */
record LineGroup(LineKind kind, int page, int blanksBefore, List<String> lines, String text) {
    LineGroup {
        lines = List.copyOf(lines);
    }
}
