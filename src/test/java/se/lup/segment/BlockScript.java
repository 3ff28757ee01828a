package se.lup.segment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.lup.clean.Block;
import se.lup.clean.BlockType;
import se.lup.clean.CleanDocument;

/**
 * Builds a {@link CleanDocument} from a script with one block per line, so segmenter tests can state the blocks they
 * mean: "# " heading, "- " list item, "| a | b" table row, "toc: " table of contents, "\f" a page break, else a paragraph.
 */
final class BlockScript {
    private BlockScript() {}

    static CleanDocument parse(String script) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int page = 1;
        for (String line : script.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.equals("\\f")) {
                page++;
                continue;
            }
            BlockType type = BlockType.PARAGRAPH;
            String body = line;
            List<String> cells = List.of();
            if (line.startsWith("# ")) {
                type = BlockType.HEADING;
                body = line.substring(2);
            } else if (line.startsWith("- ")) {
                type = BlockType.LIST_ITEM;
                body = line.substring(2);
            } else if (line.startsWith("toc: ")) {
                type = BlockType.TOC;
                body = line.substring(5);
            } else if (line.startsWith("|")) {
                type = BlockType.TABLE_ROW;
                cells = Arrays.stream(line.substring(1).split("\\|", -1)).map(String::strip).toList();
                body = String.join("\t", cells);
            }
            int start = text.length();
            text.append(body).append('\n');
            blocks.add(new Block(type, body, body, page, start, start + body.length(), cells));
        }
        return new CleanDocument(Path.of("script.txt"), text.toString(), blocks, page, 0);
    }
}
