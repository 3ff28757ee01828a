package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordStatisticsTest {
    @Test
    void numbersAreWordClassesAndPairsStopAtSentenceEnds() {
        WordStatistics statistics = new WordStatistics();
        statistics.learn("Rapporten lämnas i tertial 1 och i tertial 2. Det gäller 2022 och 2023.");
        assertEquals(2, statistics.count(WordStatistics.NUMBER));
        assertEquals(2, statistics.count(WordStatistics.YEAR));
        assertEquals(1, statistics.pairCount(statistics.id(WordStatistics.YEAR), statistics.id("och")));
        assertEquals(1, statistics.numeralCount("2022"));
        assertEquals(2, statistics.pairCount(statistics.id("tertial"), statistics.id(WordStatistics.NUMBER)));
        assertEquals(0, statistics.pairCount(statistics.id(WordStatistics.NUMBER), statistics.id("det")));
        assertFalse(statistics.mostFrequent(100).contains(WordStatistics.NUMBER));
        assertFalse(statistics.mostFrequent(100).contains(WordStatistics.YEAR));
        assertTrue(statistics.leadsPair(statistics.id("i")));
    }

    @Test
    void writtenCountsReadBackTheSame() throws IOException {
        SeededRandom random = SeededRandom.printed("writtenCountsReadBackTheSame");
        String[] vocabulary = {"och", "att", "i", "för", "nämnden", "ska", "12", "2022", "år", "stöd", "barn"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        WordStatistics learned = new WordStatistics();
        learned.learn(text.toString());
        StringWriter written = new StringWriter();
        learned.write(written);
        WordStatistics read = new WordStatistics();
        read.read(new ByteArrayInputStream(written.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(learned.total(), read.total(), "seed " + random.seed());
        for (String first : vocabulary) {
            String a = WordStatistics.isNumber(first) ? WordStatistics.numberClass(first) : first;
            assertEquals(learned.count(a), read.count(a), a + ", seed " + random.seed());
            assertEquals(learned.numeralCount(first), read.numeralCount(first), first + ", seed " + random.seed());
            for (String second : vocabulary) {
                String b = WordStatistics.isNumber(second) ? WordStatistics.numberClass(second) : second;
                assertEquals(learned.pairCount(learned.id(a), learned.id(b)), read.pairCount(read.id(a), read.id(b)), a + " " + b + ", seed " + random.seed());
            }
        }
    }
}
