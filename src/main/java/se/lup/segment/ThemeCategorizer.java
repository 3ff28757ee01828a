package se.lup.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import se.lup.gazetteer.TolerantText;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

/**
 * Theme categories for themes and measures that match no taxonomy alias: an OpenNLP maximum-entropy document
 * categorizer trained in-process on the themes and measures whose theme does match one (their categories are the
 * labels). Words are reduced to an OCR-tolerant six-letter stem, so inflected and garbled forms share features.
 */
public final class ThemeCategorizer {
    private static final int STEM = 6;
    private final DocumentCategorizerME categorizer;

    /** Held-out accuracy: share of held-out records whose predicted category is one of their alias categories. */
    public record Evaluation(long seed, int trained, int heldOut, int correct, double accuracy, double majorityBaseline) {}

    private ThemeCategorizer(DoccatModel model) {
        this.categorizer = new DocumentCategorizerME(model);
    }

    /** Trains on the labelled themes and measures among the records; fails if there are fewer than two categories. */
    public static ThemeCategorizer train(List<LupRecord> records) {
        List<DocumentSample> samples = new ArrayList<>();
        for (LupRecord r : labelled(records)) {
            String[] tokens = tokens(r);
            r.themeCategories().forEach(c -> samples.add(new DocumentSample(c, tokens)));
        }
        if (samples.stream().map(DocumentSample::getCategory).distinct().count() < 2) {
            throw new IllegalArgumentException("too few labelled records to train a theme categorizer");
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        try {
            return new ThemeCategorizer(DocumentCategorizerME.train("sv", ObjectStreamUtils.createObjectStream(samples),
                    params, new DoccatFactory()));
        } catch (IOException e) {
            throw new UncheckedIOException("training the theme categorizer failed", e);
        }
    }

    /** Themes and measures with alias categories: the categorizer's training data and its gold labels. */
    public static List<LupRecord> labelled(List<LupRecord> records) {
        return records.stream()
                .filter(r -> r.kind() == RecordKind.THEME || r.kind() == RecordKind.MEASURE)
                .filter(r -> !r.themeCategories().isEmpty())
                .toList();
    }

    /** The most likely category of a text. */
    public List<String> apply(String text) {
        return List.of(categorizer.getBestCategory(categorizer.categorize(tokens(text))));
    }

    /**
     * Shuffles the labelled records with the seed, trains on all but {@code heldOutShare} of them and measures accuracy
     * on the rest, beside the accuracy of always answering the most frequent training category.
     */
    public static Evaluation evaluate(List<LupRecord> records, double heldOutShare, long seed) {
        List<LupRecord> labelled = new ArrayList<>(labelled(records));
        Collections.shuffle(labelled, new Random(seed));
        int heldOut = (int) Math.round(labelled.size() * heldOutShare);
        List<LupRecord> test = labelled.subList(0, heldOut);
        List<LupRecord> train = labelled.subList(heldOut, labelled.size());
        ThemeCategorizer categorizer = train(train);
        String majority = train.stream().flatMap(r -> r.themeCategories().stream())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
        int correct = 0;
        int majorityCorrect = 0;
        for (LupRecord r : test) {
            if (r.themeCategories().contains(categorizer.apply(text(r)).get(0))) {
                correct++;
            }
            if (r.themeCategories().contains(majority)) {
                majorityCorrect++;
            }
        }
        return new Evaluation(seed, train.size(), test.size(), correct, test.isEmpty() ? 0 : (double) correct / test.size(),
                test.isEmpty() ? 0 : (double) majorityCorrect / test.size());
    }

    /**
     * The records with categories for the themes and measures that have none: a theme's are predicted from its title
     * and text, records under a theme share its categories, and a measure without a categorised theme gets its own.
     */
    public List<LupRecord> fill(List<LupRecord> records) {
        Map<String, List<String>> themeCategories = new HashMap<>();
        List<LupRecord> filled = new ArrayList<>(records.size());
        for (LupRecord r : records) {
            LupRecord out = r;
            if (r.themeCategories().isEmpty()) {
                List<String> inherited = r.theme() == null ? List.of() : themeCategories.getOrDefault(r.theme(), List.of());
                boolean predict = inherited.isEmpty() && (r.kind() == RecordKind.THEME || r.kind() == RecordKind.MEASURE);
                out = r.withThemeCategories(predict ? apply(text(r)) : inherited);
            }
            if (out.kind() == RecordKind.THEME) {
                themeCategories.put(out.title(), out.themeCategories());
            }
            filled.add(out);
        }
        return filled;
    }

    private static String text(LupRecord r) {
        return r.title() + "\n" + r.text();
    }

    private static String[] tokens(LupRecord r) {
        return tokens(text(r));
    }

    private static String[] tokens(String text) {
        return Arrays.stream(TolerantText.normalise(text).split("[^\\p{L}&{]+"))
                .filter(w -> w.length() > 2)
                .map(w -> TolerantText.wordKey(w.length() > STEM ? w.substring(0, STEM) : w))
                .toArray(String[]::new);
    }
}
