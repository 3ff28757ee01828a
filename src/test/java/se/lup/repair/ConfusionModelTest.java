package se.lup.repair;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionModelTest {
    private static ConfusionModel learned() {
        ConfusionModel model = ConfusionModels.learned(5, "åtgärder", "atgarder", "övergripande", "6vergripande",
                "stadsdelsnämnder", "stadsdelsndmnder", "planer", "planer");
        model.learn("nämnd", "namnd");
        return model;
    }

    @Test
    void editsAreTheMisreadSegments() {
        List<String[]> edits = ConfusionModel.edits("åtgärder", "atgéirder");
        assertEquals(2, edits.size());
        assertArrayEquals(new String[] {"å", "a"}, edits.get(0));
        assertArrayEquals(new String[] {"ä", "éi"}, edits.get(1));
        assertTrue(ConfusionModel.edits("planer", "planer").isEmpty());
    }

    @Test
    void learnedReadingsExplainOcrSegments() {
        ConfusionModel model = learned();
        assertTrue(model.readings("6").stream().anyMatch(r -> r.clean().equals("ö")));
        assertTrue(model.readings("d").stream().anyMatch(r -> r.clean().equals("ä")));
        assertTrue(model.readings("x").isEmpty());
        // "ä" read as "a" was seen 6 times, as "d" 5 times: both likelier than a misreading never seen.
        assertTrue(model.logProbability("ä", "a") > model.logProbability("ä", "x"));
        assertTrue(model.logProbability("ä", "d") > ConfusionModel.UNEXPLAINED_EDIT);
        assertTrue(model.logProbability("ö", "6") > model.logProbability("ö", "5"));
    }

    @Test
    void readingAWordAsItselfIsLikelierThanAnyMisreading() {
        ConfusionModel model = learned();
        double asWritten = model.logProbability("planer", "planer");
        assertTrue(asWritten > model.logProbability("planer", "plamer"));
        assertTrue(asWritten > model.logProbability("planer", "planér"));
        assertTrue(model.logProbability("nämnder", "namnder") > model.logProbability("nämnder", "nxmnder"));
    }

    @Test
    void writtenModelReadsBackTheSame() throws IOException {
        ConfusionModel model = learned();
        StringWriter out = new StringWriter();
        model.write(out);
        ConfusionModel read = new ConfusionModel();
        read.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        for (String[] pair : List.of(new String[] {"ä", "a"}, new String[] {"ö", "6"}, new String[] {"å", "a"}, new String[] {"ä", "d"},
                new String[] {"planer", "planer"}, new String[] {"e", "x"})) {
            assertEquals(model.logProbability(pair[0], pair[1]), read.logProbability(pair[0], pair[1]), 1e-12, String.join("/", pair));
        }
    }
}
