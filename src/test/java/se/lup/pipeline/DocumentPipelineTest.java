package se.lup.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lup.corpus.DocumentInfo;

class DocumentPipelineTest {
    @TempDir
    Path dir;

    private final DocumentPipeline pipeline = new DocumentPipeline(new LineStages().stages());

    private static DocumentInfo info(String file) {
        return new DocumentInfo(file, "Verksamhetsplan 2023", "Farsta stadsdelsnämnd", "Farsta", 2023, "verksamhetsplan", false,
                "farsta-vp", 2);
    }

    @Test
    void runsEveryStageAndRecordsHashPagesAndTimings() throws Exception {
        Path file = Files.writeString(dir.resolve("farsta-vp-2023.txt"), "Mål 1\nTrygghet i Farsta\fSida två\n");
        ProcessedDocument doc = pipeline.process(file, info(file.getFileName().toString()));
        assertEquals(2, doc.pages());
        assertEquals(0, doc.ocrPages());
        assertEquals(3, doc.records().size());
        assertEquals("farsta-vp-2023", doc.document().id());
        assertEquals(2, doc.document().version());
        assertEquals("farsta-vp", doc.document().lineage());
        assertEquals(ContentHash.of(file), doc.contentHash());
        assertEquals(64, doc.contentHash().length());
        assertEquals(java.util.EnumSet.allOf(Stage.class), doc.timings().keySet());
    }

    @Test
    void failureNamesFileStageAndReason() throws Exception {
        Path empty = Files.writeString(dir.resolve("tom.txt"), "");
        DocumentFailure e = assertThrows(DocumentFailure.class, () -> pipeline.process(empty, info("tom.txt")));
        assertEquals(Stage.EXTRACT, e.stage());
        assertTrue(e.getMessage().startsWith(empty + ": "), e.getMessage());

        Path buggy = Files.writeString(dir.resolve("bugg.txt"), "text that makes the segmenter CRASH\n");
        DocumentFailure bug = assertThrows(DocumentFailure.class, () -> pipeline.process(buggy, info("bugg.txt")));
        assertEquals(Stage.SEGMENT, bug.stage());
        assertTrue(bug.reason().contains("segmenter bug triggered"), bug.reason());
    }
}
