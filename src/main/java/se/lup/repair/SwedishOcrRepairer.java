package se.lup.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.lup.clean.Block;
import se.lup.clean.CleanDocument;
import se.lup.config.PipelineFiles;
import se.lup.gazetteer.Gazetteer;

/**
 * OCR repair of Swedish text with knowledge from {@code pipeline/repair} (learned confusions and word counts,
 * abbreviations, settings), the gazetteer and Hunspell. Runs only on pages whose garble score is above the
 * threshold (short pages follow their document), so clean text passes through unchanged. Thread-safe.
 */
public final class SwedishOcrRepairer implements Repairer {
    /** Plain text after repair with its report. */
    public record RepairedText(String text, RepairReport report) {}

    private final TextRepairer repairer;
    private final GarbleScore garble;
    private final RepairSettings settings;

    private SwedishOcrRepairer(RepairSettings settings, ConfusionModel confusions, WordStatistics statistics, Gazetteer gazetteer) {
        this.settings = settings;
        SwedishLexicon lexicon = new SwedishLexicon(statistics, settings, gazetteer, confusions);
        this.garble = new GarbleScore(lexicon::knows, statistics);
        this.repairer = new TextRepairer(lexicon, statistics, settings, garble);
    }

    /** Loads the repair knowledge and settings from the pipeline folder (or the copy bundled in the jar). */
    public static SwedishOcrRepairer load() {
        return load(RepairSettings.load());
    }

    /** Loads the repair knowledge with the given settings. */
    public static SwedishOcrRepairer load(RepairSettings settings) {
        ConfusionModel confusions = new ConfusionModel();
        WordStatistics statistics = new WordStatistics();
        try (InputStream learned = PipelineFiles.open("repair/confusions.tsv");
                InputStream priors = PipelineFiles.open("repair/confusion-priors.tsv");
                InputStream counts = PipelineFiles.open("repair/word-counts.tsv")) {
            confusions.read(learned);
            confusions.read(priors);
            statistics.read(counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the repair knowledge in pipeline/repair", e);
        }
        return new SwedishOcrRepairer(settings, confusions, statistics, Gazetteer.load());
    }

    /** Repairs plain text; form feeds separate pages, each judged by its own garble score. */
    public String repair(String text) {
        return repairText(text).text();
    }

    /** Repairs plain text and reports what was done. */
    public RepairedText repairText(String text) {
        String[] split = text.split("\f", -1);
        Map<Integer, String> before = new TreeMap<>();
        for (int i = 0; i < split.length; i++) {
            before.put(i + 1, split[i]);
        }
        Map<Integer, GarbleScore.Count> scores = score(before);
        Map<Integer, Boolean> apply = decide(scores);
        Map<Integer, String> after = new TreeMap<>();
        Map<Integer, GarbleScore.Count> afterScores = new TreeMap<>(scores);
        int changed = 0;
        Set<String> unknown = new LinkedHashSet<>();
        for (var page : before.entrySet()) {
            if (apply.get(page.getKey())) {
                TextRepairer.Result r = repairer.repair(page.getValue());
                changed += r.wordsChanged();
                unknown.addAll(r.unknownWords());
                after.put(page.getKey(), r.text());
                afterScores.put(page.getKey(), r.garble());
            } else {
                after.put(page.getKey(), page.getValue());
            }
        }
        return new RepairedText(String.join("\f", after.values()), report(scores, afterScores, apply, changed, unknown));
    }

    @Override
    public RepairedDocument repair(CleanDocument document) {
        Map<Integer, GarbleScore.Count> scores = score(pageTexts(document.blocks()));
        Map<Integer, Boolean> apply = decide(scores);
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        Map<Integer, GarbleScore.Count> afterScores = new TreeMap<>(scores);
        Map<Integer, GarbleScore.Count> repairedScores = new TreeMap<>();
        int changed = 0;
        Set<String> unknown = new LinkedHashSet<>();
        for (Block b : document.blocks()) {
            if (!apply.get(b.page())) {
                blocks.add(b);
                continue;
            }
            TextRepairer.Result text = repairer.repair(b.text());
            List<String> cells = b.cells().stream().map(c -> repairer.repair(c).text()).toList();
            changed += text.wordsChanged();
            unknown.addAll(text.unknownWords());
            blocks.add(b.withText(text.text(), cells));
            repairedScores.merge(b.page(), text.garble(), GarbleScore.Count::plus);
        }
        // A repaired page's score after repair adds up its blocks' (the blocks of a page are what was scored before).
        afterScores.putAll(repairedScores);
        RepairReport report = report(scores, afterScores, apply, changed, unknown);
        return new RepairedDocument(document.withBlocks(blocks), report);
    }

    /** Garble score of a text: share of its words that are unknown or tell-tale OCR forms. */
    public double garbleScore(String text) {
        return garble.score(text);
    }

    private static Map<Integer, String> pageTexts(List<Block> blocks) {
        Map<Integer, String> pages = new TreeMap<>();
        for (Block b : blocks) {
            pages.merge(b.page(), b.text(), (a, c) -> a + "\n" + c);
        }
        return pages;
    }

    /** Per page: repair it? Pages with few words follow the document's score, the others their own. */
    private Map<Integer, Boolean> decide(Map<Integer, GarbleScore.Count> pages) {
        boolean documentGarbled = GarbleScore.Count.sum(pages.values()).score() > settings.garbleThreshold();
        Map<Integer, Boolean> apply = new TreeMap<>();
        pages.forEach((page, count) -> apply.put(page, count.words() >= settings.pageMinWords()
                ? count.score() > settings.garbleThreshold()
                : documentGarbled));
        return apply;
    }

    private Map<Integer, GarbleScore.Count> score(Map<Integer, String> pages) {
        Map<Integer, GarbleScore.Count> counts = new TreeMap<>();
        pages.forEach((page, text) -> counts.put(page, garble.count(text)));
        return counts;
    }

    private RepairReport report(Map<Integer, GarbleScore.Count> before, Map<Integer, GarbleScore.Count> after, Map<Integer, Boolean> apply,
            int changed, Set<String> unknown) {
        List<RepairReport.PageScore> pages = new ArrayList<>();
        before.forEach((page, count) -> pages.add(
                new RepairReport.PageScore(page, count.words(), count.score(), after.get(page).score(), apply.get(page))));
        return new RepairReport(GarbleScore.Count.sum(before.values()).score(), GarbleScore.Count.sum(after.values()).score(),
                apply.containsValue(true), changed, List.copyOf(unknown), pages);
    }
}
