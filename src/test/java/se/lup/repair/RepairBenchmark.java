package se.lup.repair;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Throughput of OCR repair on one thread, in MB of UTF-8 text per CPU second of that thread, beside a baseline run in the
 * same process (tokenising and folding every word, the least any word-level pass does). Not a test: run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.repair.RepairBenchmark [OCR_DEV_DIR]}.
 * <p>
 * Inputs are real Tesseract output: a whole verksamhetsplan typeset, degraded and read with the English model
 * ({@code src/test/resources/repair-benchmark}, made by its {@code make-ocr.sh}), the corpus's two OCR documents and the
 * OCR side of every ocr-dev pair. The JIT is warmed on other text first; each "fresh" figure is a new repairer (empty
 * caches: every distinct word generates and scores its candidates) reading text it has never seen, which is what an
 * ingest of new documents costs. "repeated" runs the same text again through the same repairer (word results cached).
 */
public final class RepairBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path DOCUMENT_OCR = Path.of("src/test/resources/repair-benchmark/spanga-tensta-2022.ocr.txt");

    public static void main(String[] args) throws IOException {
        Path ocrDev = Path.of(args.length > 0 ? args[0] : "src/test/resources/ocr-dev");
        List<String> document = List.of(Files.readString(DOCUMENT_OCR));
        List<String> snippets = new ArrayList<>();
        for (String f : List.of("corpus/socialforvaltningen-lup-plan-2017-senare-ocr.txt", "corpus/rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt")) {
            snippets.add(Files.readString(Path.of(f)));
        }
        OcrDevSplit.load().pairs(ocrDev, OcrDevSplit.Part.ALL).forEach(p -> snippets.add(p.ocr()));
        List<String> clean = List.of(Files.readString(Path.of("corpus/spanga-tensta-verksamhetsplan-2022.txt")),
                Files.readString(Path.of("corpus/socialforvaltningen-lup-plan-2017.txt")));

        UnaryOperator<String> baseline = text -> {
            StringBuilder out = new StringBuilder(text.length());
            Tokens.split(text).forEach(t -> out.append(t.word() ? OcrFolding.fold(t.text()) : t.text()));
            return out.toString();
        };
        long loadStart = System.nanoTime();
        SwedishOcrRepairer warmUp = SwedishOcrRepairer.load();
        System.out.printf(Locale.ROOT, "load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
        // The JIT compiles the repair code on the snippets; the caches this fills belong to a repairer not measured below.
        report("JIT warm-up (snippets, first run)", snippets, 3, warmUp::repair, baseline);

        SwedishOcrRepairer forDocument = SwedishOcrRepairer.load();
        report("document, fresh repairer", document, 1, forDocument::repair, baseline);
        report("document, repeated", document, 3, forDocument::repair, baseline);
        SwedishOcrRepairer forSnippets = SwedishOcrRepairer.load();
        report("snippets, fresh repairer", snippets, 1, forSnippets::repair, baseline);
        report("snippets after document", snippets, 1, forDocument::repair, baseline);
        report("clean (garble score only)", clean, 5, forDocument::repair, baseline);
    }

    private static void report(String label, List<String> texts, int rounds, UnaryOperator<String> repair, UnaryOperator<String> baseline) {
        double mb = rounds * texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        double repairSeconds = time(texts, rounds, repair);
        double baselineSeconds = time(texts, rounds, baseline);
        System.out.printf(Locale.ROOT, "%-36s %.3f MB: repair %.3f MB/s, baseline %.2f MB/s, repair/baseline %.4f%n",
                label, mb, mb / repairSeconds, mb / baselineSeconds, baselineSeconds / repairSeconds);
    }

    /** CPU seconds of this thread: the machine is shared, so wall time would count other processes' work. */
    private static double time(List<String> texts, int rounds, UnaryOperator<String> pass) {
        long start = THREADS.getCurrentThreadCpuTime();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                sink += pass.apply(t).length();
            }
        }
        if (sink < 0) {
            throw new AssertionError();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }
}
