package se.lup.clean;

import java.util.List;

/** A typed block before the document text is assembled and offsets are known. */
record Draft(BlockType type, int page, String text, List<String> cells) {
    Draft {
        cells = List.copyOf(cells);
    }
}
