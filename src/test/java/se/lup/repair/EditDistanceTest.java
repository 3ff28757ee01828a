package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    /** The banded distance is the full table's, for texts near and far from each other; the alignment costs the same. */
    @Test
    void bandedDistanceAndAlignmentAreExact() {
        SeededRandom random = SeededRandom.printed("bandedDistanceAndAlignmentAreExact");
        for (int round = 0; round < 300; round++) {
            List<String> clean = words(random, random.nextInt(120));
            List<String> ocr = misread(clean, random, random.nextDouble());
            int distance = EditDistance.words(clean, ocr);
            assertEquals(fullTable(clean, ocr), distance, "seed " + random.seed());
            assertEquals(distance, cost(clean, ocr, WordAlignment.align(clean, ocr)), "seed " + random.seed());
            String a = String.join(" ", clean);
            String b = String.join(" ", ocr);
            assertEquals(fullTable(chars(a), chars(b)), EditDistance.chars(a, b), "seed " + random.seed());
        }
    }

    /** Edits an alignment implies: a clean word dropped or read as another, an OCR word aligned with none. */
    private static int cost(List<String> clean, List<String> ocr, int[] target) {
        int edits = 0;
        int aligned = 0;
        int last = -1;
        for (int i = 0; i < clean.size(); i++) {
            if (target[i] < 0) {
                edits++;
                continue;
            }
            assertTrue(target[i] > last, "alignment goes forward");
            last = target[i];
            aligned++;
            edits += clean.get(i).equals(ocr.get(target[i])) ? 0 : 1;
        }
        return edits + ocr.size() - aligned;
    }

    private static int fullTable(List<String> a, List<String> b) {
        int[][] d = new int[a.size() + 1][b.size() + 1];
        for (int i = 0; i <= a.size(); i++) {
            for (int j = 0; j <= b.size(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i
                        : Math.min(d[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        return d[a.size()][b.size()];
    }

    private static List<String> chars(String s) {
        return s.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(List.of("och", "att", "stöd", "barn", "nämnd", "mål", "i", "för").get(random.nextInt(8)));
        }
        return words;
    }

    /** Each word kept, changed, dropped or doubled with the given chance of an edit. */
    private static List<String> misread(List<String> clean, Random random, double editRate) {
        List<String> ocr = new ArrayList<>();
        for (String word : clean) {
            if (random.nextDouble() >= editRate) {
                ocr.add(word);
                continue;
            }
            switch (random.nextInt(3)) {
                case 0 -> ocr.add(word.replace('ö', 'o').replace('å', 'a') + "x");
                case 1 -> { }
                default -> {
                    ocr.add(word);
                    ocr.add("|");
                }
            }
        }
        return ocr;
    }
}
