package se.lup.repair;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.lup.clean.Block;
import se.lup.clean.CleanDocument;
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
    private final RepairSettings settings;

    private SwedishOcrRepairer(RepairSettings settings, ConfusionModel confusions, WordStatistics statistics, Gazetteer gazetteer) {
        this.settings = settings;
        Abbreviations abbreviations = Abbreviations.load();
        SwedishLexicon lexicon = new SwedishLexicon(statistics, settings, gazetteer, confusions, abbreviations);
        this.repairer = new TextRepairer(lexicon, statistics, settings, new GarbleScore(statistics), abbreviations,
                MisreadDecimalPoints.load(), new UnknownWords(settings, confusions));
    }

    /** Loads the repair knowledge and settings from the pipeline folder (or the copy bundled in the jar). */
    public static SwedishOcrRepairer load() {
        return load(RepairSettings.load());
    }

    /** Loads the repair knowledge with the given settings. */
    public static SwedishOcrRepairer load(RepairSettings settings) {
        RepairKnowledge knowledge = RepairKnowledge.read();
        return new SwedishOcrRepairer(settings, knowledge.confusions(), knowledge.statistics(), Gazetteer.load());
    }

    /** The shipped confusions and gazetteer with other word counts: how repair treats text whose words those lack. */
    static SwedishOcrRepairer withCounts(RepairSettings settings, WordStatistics statistics) {
        return new SwedishOcrRepairer(settings, RepairKnowledge.read().confusions(), statistics, Gazetteer.load());
    }

    /** Repairs plain text; form feeds separate pages, each judged by its own garble score. */
    public String repair(String text) {
        return repairText(text).text();
    }

    /** Repairs plain text and reports what was done. */
    public RepairedText repairText(String text) {
        String[] split = text.split("\f", -1);
        Map<Integer, TextRepairer.Analysis> pages = new TreeMap<>();
        for (int i = 0; i < split.length; i++) {
            pages.put(i + 1, repairer.analyse(split[i]));
        }
        Map<Integer, GarbleScore.Count> scores = new TreeMap<>();
        pages.forEach((page, analysis) -> scores.put(page, analysis.garble()));
        Map<Integer, Boolean> apply = decide(scores);
        List<String> after = new ArrayList<>();
        Map<Integer, GarbleScore.Count> afterScores = new TreeMap<>(scores);
        int changed = 0;
        Set<String> unknown = new LinkedHashSet<>();
        for (int page = 1; page <= split.length; page++) {
            if (apply.get(page)) {
                TextRepairer.Result r = repairer.repair(pages.get(page));
                changed += r.wordsChanged();
                unknown.addAll(r.unknownWords());
                after.add(r.text());
                afterScores.put(page, r.garble());
            } else {
                after.add(split[page - 1]);
            }
        }
        return new RepairedText(String.join("\f", after), report(scores, afterScores, apply, changed, unknown));
    }

    @Override
    public RepairedDocument repair(CleanDocument document) {
        List<TextRepairer.Analysis> analyses = document.blocks().stream().map(b -> repairer.analyse(b.text())).toList();
        // A page's score adds up its blocks'.
        Map<Integer, GarbleScore.Count> scores = new TreeMap<>();
        for (int i = 0; i < analyses.size(); i++) {
            scores.merge(document.blocks().get(i).page(), analyses.get(i).garble(), GarbleScore.Count::plus);
        }
        Map<Integer, Boolean> apply = decide(scores);
        List<Block> blocks = new ArrayList<>(document.blocks().size());
        Map<Integer, GarbleScore.Count> repairedScores = new TreeMap<>();
        int changed = 0;
        Set<String> unknown = new LinkedHashSet<>();
        for (int i = 0; i < analyses.size(); i++) {
            Block b = document.blocks().get(i);
            if (!apply.get(b.page())) {
                blocks.add(b);
                continue;
            }
            TextRepairer.Result text = repairer.repair(analyses.get(i));
            List<String> cells = b.cells().stream().map(c -> repairer.repair(c).text()).toList();
            changed += text.wordsChanged();
            unknown.addAll(text.unknownWords());
            blocks.add(b.withText(text.text(), cells));
            repairedScores.merge(b.page(), text.garble(), GarbleScore.Count::plus);
        }
        Map<Integer, GarbleScore.Count> afterScores = new TreeMap<>(scores);
        afterScores.putAll(repairedScores);
        RepairReport report = report(scores, afterScores, apply, changed, unknown);
        return new RepairedDocument(document.withBlocks(blocks), report);
    }

    /** Garble score of a text: share of its words that are unknown or tell-tale OCR forms. */
    public double garbleScore(String text) {
        return repairer.analyse(text).garble().score();
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

    private RepairReport report(Map<Integer, GarbleScore.Count> before, Map<Integer, GarbleScore.Count> after, Map<Integer, Boolean> apply,
            int changed, Set<String> unknown) {
        List<RepairReport.PageScore> pages = new ArrayList<>();
        before.forEach((page, count) -> pages.add(
                new RepairReport.PageScore(page, count.words(), count.score(), after.get(page).score(), apply.get(page))));
        return new RepairReport(GarbleScore.Count.sum(before.values()).score(), GarbleScore.Count.sum(after.values()).score(),
                apply.containsValue(true), changed, List.copyOf(unknown), pages);
    }
}
