package se.lup.clean;

import java.util.List;

/**
 * A typed unit of cleaned text. {@code start}/{@code end} are offsets into {@link CleanDocument#text()};
 * {@code rawText} is the text as extracted and cleaned, {@code text} the same after OCR repair (equal when no repair ran).
 * {@code cells} holds the columns of a table row, empty otherwise.
 */
public record Block(BlockType type, String text, String rawText, int page, int start, int end, List<String> cells) {
    public Block {
        cells = List.copyOf(cells);
    }

    public Block withText(String repaired, List<String> repairedCells) {
        return new Block(type, repaired, rawText, page, start, end, repairedCells);
    }
}
