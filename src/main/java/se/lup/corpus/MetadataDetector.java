package se.lup.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.lup.clean.Block;
import se.lup.clean.BlockType;
import se.lup.clean.CleanDocument;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;
import se.lup.extract.ExtractedDocument;
import se.lup.extract.Page;
import se.lup.gazetteer.District;
import se.lup.gazetteer.Gazetteer;

/**
 * Describes a document no manifest lists, from its text: title (an opening line naming the kind of document, else a
 * running title the cleanup removed, else the first heading), type and year (from the title, else the opening text),
 * district (from the title, through the gazetteer), organisation, and whether the text is OCR output. Cues are in
 * {@code pipeline/metadata.json}. Lineage and version are left to the batch stage.
 */
public final class MetadataDetector {
    private static final Pattern YEAR = Pattern.compile("\\b(19[89]\\d|20\\d\\d)\\b");
    private static final Pattern NUMBERING = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    record TypeCues(String type, List<String> cues) {}

    record Cues(List<TypeCues> types, List<String> organisationKinds, List<String> organisationEndings, int openingBlocks,
                int openingParagraphs, int districtMinMentions, double districtMinShare, int titleMaxWords, int ocrMinWords,
                double ocrMaxShareOfWordsWithSwedishLetters) {}

    private final Cues cues;
    private final Gazetteer gazetteer;
    private final Pattern organisation;

    public MetadataDetector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        try (InputStream in = PipelineFiles.open("metadata.json")) {
            this.cues = Json.MAPPER.readValue(in, new TypeReference<Cues>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/metadata.json", e);
        }
        String kinds = cues.organisationKinds().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String endings = cues.organisationEndings().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        this.organisation = Pattern.compile("((?:\\p{Lu}[\\p{L}]*(?:[- ]\\p{Lu}[\\p{L}]*)*)\\s+(?:" + kinds + "))(?![\\p{L}])"
                + "|(\\p{Lu}\\p{L}*(?:" + endings + "))(?![\\p{L}])");
    }

    public static MetadataDetector load() {
        return new MetadataDetector(Gazetteer.load());
    }

    public DocumentInfo detect(Path file, ExtractedDocument extracted, CleanDocument clean) {
        List<Block> opening = clean.blocks().stream().limit(cues.openingBlocks()).toList();
        String openingText = opening.stream().map(Block::text).collect(Collectors.joining("\n"));
        String title = title(extracted, clean, opening);
        String type = titleType(title).orElseGet(() -> commonestType(clean.text()));
        Integer year = year(title).orElseGet(() -> commonestYear(clean.text()));
        String district = Optional.ofNullable(title).flatMap(gazetteer::findDistrict).map(District::name)
                .orElseGet(() -> dominantDistrict(clean));
        String organisation = organisation(title, district).or(() -> organisation(openingText, district))
                .orElse(district == null ? null : district + " stadsdelsnämnd");
        return new DocumentInfo(file.getFileName().toString(), title, organisation, district, year, type, ocr(extracted), null, null);
    }

    /** An opening line naming the kind of document; else a running title the cleanup dropped; else the first heading. */
    private String title(ExtractedDocument extracted, CleanDocument clean, List<Block> opening) {
        for (int i = 0; i < opening.size(); i++) {
            Block b = opening.get(i);
            boolean place = b.type() == BlockType.HEADING || b.type() == BlockType.LIST_ITEM
                    || (b.type() == BlockType.PARAGRAPH && i < cues.openingParagraphs());
            if (place && short_(b.text()) && titleType(b.text()).isPresent()) return tidy(b.text());
        }
        for (Page page : extracted.pages()) {
            for (String line : page.text().split("\n")) {
                String t = line.strip();
                if (short_(t) && titleType(t).isPresent() && !clean.text().contains(t) && !t.contains("\t")) return tidy(t);
            }
        }
        return clean.blocks().stream().filter(b -> b.type() == BlockType.HEADING).findFirst()
                .map(b -> tidy(NUMBERING.matcher(b.text()).replaceFirst(""))).orElse(null);
    }

    private boolean short_(String text) {
        return !text.isBlank() && text.split("\\s+").length <= cues.titleMaxWords();
    }

    private static String tidy(String title) {
        return title.strip().replaceAll("[.:;,]+$", "");
    }

    private Optional<String> titleType(String title) {
        if (title == null) return Optional.empty();
        String folded = fold(title);
        return cues.types().stream().filter(t -> t.cues().stream().anyMatch(c -> folded.contains(fold(c)))).map(TypeCues::type).findFirst();
    }

    private String commonestType(String text) {
        String folded = fold(text);
        String best = null;
        int bestCount = 0;
        for (TypeCues t : cues.types()) {
            int count = t.cues().stream().mapToInt(c -> occurrences(folded, fold(c))).sum();
            if (count > bestCount) {
                best = t.type();
                bestCount = count;
            }
        }
        return best;
    }

    private static int occurrences(String text, String cue) {
        int count = 0;
        for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + cue.length())) count++;
        return count;
    }

    /** The district most blocks mention (by name or stadsdel), when it clearly dominates; a city-wide text has none. */
    private String dominantDistrict(CleanDocument clean) {
        Map<String, Integer> mentions = new TreeMap<>();
        for (Block b : clean.blocks()) {
            gazetteer.findDistrictOrStadsdel(b.text()).ifPresent(d -> mentions.merge(d.name(), 1, Integer::sum));
        }
        int total = mentions.values().stream().mapToInt(Integer::intValue).sum();
        return mentions.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= cues.districtMinMentions() && e.getValue() >= cues.districtMinShare() * total)
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Optional<Integer> year(String text) {
        if (text == null) return Optional.empty();
        Matcher m = YEAR.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The year the text mentions most often; the later one on a tie. */
    private static Integer commonestYear(String text) {
        Map<Integer, Integer> counts = new TreeMap<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The first organisation named in the text that does not belong to another district than the document's. */
    private Optional<String> organisation(String text, String district) {
        if (text == null) return Optional.empty();
        Matcher m = organisation.matcher(text);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            Optional<String> named = gazetteer.findDistrict(name).map(District::name);
            if (named.isEmpty() || named.get().equals(district)) return Optional.of(name);
        }
        return Optional.empty();
    }

    /** OCR output: our own OCR, or Swedish text in which hardly a word has å, ä or ö (read with a non-Swedish model). */
    private Boolean ocr(ExtractedDocument extracted) {
        if (extracted.ocrPageCount() > 0) return true;
        List<String> words = extracted.pages().stream().flatMap(p -> WORD.matcher(p.text()).results().map(MatchResult::group)).toList();
        if (words.size() < cues.ocrMinWords()) return false;
        long swedish = words.stream().filter(w -> w.chars().anyMatch(c -> "åäöÅÄÖ".indexOf(c) >= 0)).count();
        return swedish < cues.ocrMaxShareOfWordsWithSwedishLetters() * words.size();
    }

    /** Lower case with å/ä/ö and their OCR readings folded, so cues match garbled text. */
    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[åäàáâ]", "a").replaceAll("[öóô]", "o").replaceAll("[éèê]", "e");
    }
}
