package se.lup.segment;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.lup.clean.Block;
import se.lup.clean.BlockType;
import se.lup.gazetteer.TolerantText;

/**
 * What the segmenter needs to know about a whole document before walking it: the chapter titles its table of contents
 * lists (those headings are top level), and whether it is a plan whose unnumbered headings are its themes (no section
 * numbers, no goal headings, no theme declaration: a förvaltning's answer, for instance).
 */
record DocumentShape(Set<String> tocTitles, boolean implicitThemes) {
    private static final Pattern TOC_TAIL = Pattern.compile("(?:\\s*\\.{2,}\\s*|\\s+)\\d{1,3}\\s*$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s*\\p{Lu}");

    static DocumentShape of(List<Block> blocks, Cues cues) {
        Set<String> toc = blocks.stream()
                .filter(b -> b.type() == BlockType.TOC || (b.type() == BlockType.TABLE_ROW && TableReader.isTocRow(b)))
                .map(b -> TolerantText.normalise(TOC_TAIL.matcher(b.text().replace('\t', ' ')).replaceFirst("")))
                .map(ThemeNames::clean)
                .collect(Collectors.toUnmodifiableSet());
        boolean structured = blocks.stream()
                .filter(b -> b.type() == BlockType.HEADING || b.type() == BlockType.PARAGRAPH)
                .anyMatch(b -> (b.type() == BlockType.HEADING && SECTION_NUMBER.matcher(b.text().strip()).find())
                        || cues.goalHeading(b.text()).isPresent()
                        || cues.themeDeclaration(b.text()).isPresent());
        return new DocumentShape(toc, !structured);
    }
}
