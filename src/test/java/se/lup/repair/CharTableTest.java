package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharTableTest {
    @Test
    void findsEveryEntryInsideLongerTextAndNothingElse() {
        SeededRandom random = SeededRandom.printed("findsEveryEntryInsideLongerTextAndNothingElse");
        Set<String> entries = new LinkedHashSet<>();
        // More entries than a char holds, so ids use both halves of their header.
        while (entries.size() < 70_000) {
            entries.add(randomWord(random));
        }
        List<String> list = new ArrayList<>(entries);
        Map<String, Integer> ids = new HashMap<>();
        list.forEach(entry -> ids.put(entry, ids.size()));
        CharTable table = new CharTable(list);
        for (int id = 0; id < list.size(); id++) {
            String entry = list.get(id);
            // The entry between other letters: only the range is looked up.
            char[] text = ("xy" + entry + "z").toCharArray();
            assertEquals(id, table.id(text, 2, 2 + entry.length()), entry + ", seed " + random.seed());
        }
        for (int i = 0; i < 5_000; i++) {
            String other = randomWord(random);
            char[] text = other.toCharArray();
            assertEquals(ids.getOrDefault(other, -1), table.id(text, 0, text.length, other.hashCode()), other + ", seed " + random.seed());
        }
        assertEquals(-1, table.id(new char[0], 0, 0), "the empty string is no entry");
    }

    @Test
    void suffixHashesAreTheHashesOfEachRest() {
        SeededRandom random = SeededRandom.printed("suffixHashesAreTheHashesOfEachRest");
        for (int trial = 0; trial < 1_000; trial++) {
            String text = randomWord(random) + randomWord(random) + randomWord(random);
            int[] hashes = CharTable.suffixHashes(text.toCharArray());
            for (int i = 0; i <= text.length(); i++) {
                assertEquals(text.substring(i).hashCode(), hashes[i], text + " from " + i + ", seed " + random.seed());
            }
        }
    }

    /** Short words over a few letters, so that many random ones are entries and some hashes collide. */
    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append("aäåeöst".charAt(random.nextInt(7)));
        }
        return word.toString();
    }
}
