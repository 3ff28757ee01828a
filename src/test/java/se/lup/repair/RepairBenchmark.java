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
 * Throughput of OCR repair on one thread, in MB of UTF-8 text per CPU second of that thread, beside a baseline run in the same process
 * (tokenising and folding every word, the least any word-level pass does). Not a test: run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.repair.RepairBenchmark [OCR_DEV_DIR]}.
 * "cold" is a fresh repairer on text it has not seen (every distinct word generates and checks candidates);
 * "warm" repeats the text, so per-word results come from the cache as they do across a large document; "fresh caches"
 * is a second repairer on the same text after the JIT has compiled the code, as in a long-running ingest.
 */
public final class RepairBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        Path ocrDev = Path.of(args.length > 0 ? args[0] : "src/test/resources/ocr-dev");
        List<String> garbled = new ArrayList<>();
        for (String f : List.of("corpus/socialforvaltningen-lup-plan-2017-senare-ocr.txt", "corpus/rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt")) {
            garbled.add(Files.readString(Path.of(f)));
        }
        OcrDevSplit.load().pairs(ocrDev, OcrDevSplit.Part.ALL).forEach(p -> garbled.add(p.ocr()));
        List<String> clean = List.of(Files.readString(Path.of("corpus/spanga-tensta-verksamhetsplan-2022.txt")),
                Files.readString(Path.of("corpus/socialforvaltningen-lup-plan-2017.txt")));

        UnaryOperator<String> baseline = text -> {
            StringBuilder out = new StringBuilder(text.length());
            Tokens.split(text).forEach(t -> out.append(t.word() ? OcrFolding.fold(t.text()) : t.text()));
            return out.toString();
        };
        long loadStart = System.nanoTime();
        SwedishOcrRepairer cold = SwedishOcrRepairer.load();
        System.out.printf(Locale.ROOT, "load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
        report("garbled, cold", garbled, 1, cold::repair, baseline);
        report("garbled, warm", garbled, 5, cold::repair, baseline);
        // Steady state of a long-running ingest: new words again, but the JIT has already compiled the repair code.
        SwedishOcrRepairer fresh = SwedishOcrRepairer.load();
        report("garbled, fresh caches, JIT warm", garbled, 1, fresh::repair, baseline);
        report("clean (garble score only)", clean, 5, cold::repair, baseline);
    }

    private static void report(String label, List<String> texts, int rounds, UnaryOperator<String> repair, UnaryOperator<String> baseline) {
        double mb = rounds * texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
        double repairSeconds = time(texts, rounds, repair);
        double baselineSeconds = time(texts, rounds, baseline);
        System.out.printf(Locale.ROOT, "%-32s %.3f MB: repair %.4f MB/s, baseline %.3f MB/s, repair/baseline %.4f%n",
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
