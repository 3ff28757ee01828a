package se.lup.repair;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Throughput of OCR repair on one thread, in MB of UTF-8 text per CPU second of that thread, beside a baseline run in the
 * same process (tokenising and folding every word, the least any word-level pass does). Not a test: run with
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.lup.repair.RepairBenchmark [OCR_DEV_DIR [ROUNDS]]}.
 * <p>
 * Inputs are real Tesseract output: a whole verksamhetsplan typeset, degraded and read with the English model
 * ({@code src/test/resources/repair-benchmark}, made by its {@code make-ocr.sh}), the corpus's two OCR documents and the
 * OCR side of every ocr-dev pair. The JIT is warmed until it has compiled the repair code ({@link #warmUp}); each
 * "fresh" figure is a new repairer (empty caches: every distinct word generates and scores its candidates) reading text
 * it has never seen, which is what an ingest of new documents costs; "after the snippets" reads the document with a
 * repairer that has read the snippets first, as the second document of a batch. "repeated" runs the same text again
 * through the same repairer (word results cached). "its words not counted" reads the document with a fresh repairer
 * whose word counts were learned without it, as {@link RepairGeneralisation} does: what a new document with vocabulary
 * of its own costs, alone and, as in an ingest, after the snippets (the corpus's two OCR documents and the ocr-dev
 * texts), which are also timed alone, and the two corpus documents once more on their own. Beside each figure: all its
 * rounds' MB per CPU second of the whole process (collector and compiler threads included).
 */
public final class RepairBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean COMPILATION = ManagementFactory.getCompilationMXBean();
    /** Warm-up ends when a round's JIT compilation takes less than this share of its repair time. */
    private static final double QUIET_COMPILATION = 0.05;
    private static final int MAX_WARM_UP_ROUNDS = 40;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Path DOCUMENT_OCR = Path.of("src/test/resources/repair-benchmark/spanga-tensta-2022.ocr.txt");

    public static void main(String[] args) throws IOException {
        Path ocrDev = Path.of(args.length > 0 ? args[0] : "src/test/resources/ocr-dev");
        List<String> document = List.of(Files.readString(DOCUMENT_OCR));
        List<String> corpusOcr = new ArrayList<>();
        for (String f : List.of("corpus/socialforvaltningen-lup-plan-2017-senare-ocr.txt", "corpus/rinkeby-kista-lokalt-utvecklingsprogram-ocr.txt")) {
            corpusOcr.add(Files.readString(Path.of(f)));
        }
        List<String> snippets = new ArrayList<>(corpusOcr);
        OcrDevSplit.load().pairs(ocrDev, OcrDevSplit.Part.ALL).forEach(p -> snippets.add(p.ocr()));
        List<String> clean = List.of(Files.readString(Path.of("corpus/spanga-tensta-verksamhetsplan-2022.txt")),
                Files.readString(Path.of("corpus/socialforvaltningen-lup-plan-2017.txt")));

        UnaryOperator<String> baseline = text -> {
            StringBuilder out = new StringBuilder(text.length());
            Tokens.split(text).forEach(t -> out.append(t.word() ? OcrFolding.fold(t.text()) : t.text()));
            return out.toString();
        };
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long loadStart = System.nanoTime();
        SwedishOcrRepairer warmUp = SwedishOcrRepairer.load();
        System.out.printf(Locale.ROOT, "load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
        Path withoutDocument = RepairGeneralisation.pipelineWithoutSource(ocrDev, RepairGeneralisation.PLAN);
        warmUp(warmUp, snippets, document, withoutDocument);
        long compileBefore = COMPILATION.getTotalCompilationTime();

        // This machine's speed drifts with its neighbours: each figure is taken in several rounds, each beside its
        // baseline, and the median and best of the rounds are printed.
        Figures documentFresh = new Figures("document, fresh repairer");
        Figures documentRepeated = new Figures("document, repeated (cached words)");
        Figures documentAfterOthers = new Figures("document after the snippets");
        Figures documentUnseen = new Figures("document, its words not counted");
        Figures documentUnseenAfterOthers = new Figures("same, after the snippets");
        Figures snippetsFresh = new Figures("snippets, fresh repairer");
        // Real scans, short and heavily garbled: the most new words per MB of all the inputs.
        Figures corpusOcrFresh = new Figures("corpus OCR documents, fresh repairer");
        // New documents bring words the counts lack: the same document with knowledge learned without it.
        Figures cleanText = new Figures("clean text (garble score only)");
        for (int round = 0; round < rounds; round++) {
            // One repairer at a time: each holds its own index, and none should be timed while another is collected.
            withRepairer(null, repairer -> {
                documentFresh.add(document, 1, repairer::repair, baseline);
                documentRepeated.add(document, 2, repairer::repair, baseline);
                cleanText.add(clean, 2, repairer::repair, baseline);
            });
            withRepairer(withoutDocument, repairer -> documentUnseen.add(document, 1, repairer::repair, baseline));
            // A new document in an ingest: the repairer has read other documents, but not this one's words.
            withRepairer(withoutDocument, repairer -> {
                time(snippets, 1, repairer::repair);
                documentUnseenAfterOthers.add(document, 1, repairer::repair, baseline);
            });
            // A batch: the repairer has read other documents of the genre before this one.
            withRepairer(null, repairer -> {
                snippetsFresh.add(snippets, 1, repairer::repair, baseline);
                documentAfterOthers.add(document, 1, repairer::repair, baseline);
            });
            withRepairer(null, repairer -> corpusOcrFresh.add(corpusOcr, 1, repairer::repair, baseline));
        }
        List<Figures> figures = List.of(documentFresh, documentUnseen, documentUnseenAfterOthers, documentAfterOthers, documentRepeated, snippetsFresh, corpusOcrFresh, cleanText);
        figures.forEach(Figures::print);
        System.out.printf(Locale.ROOT, "while measuring: JIT compilation %d ms (loads included), collection pauses inside timed passes %d ms%n",
                COMPILATION.getTotalCompilationTime() - compileBefore, figures.stream().mapToLong(f -> f.gcMillis).sum());
    }

    /**
     * Runs repair (a fresh repairer on the snippets and the document, and on the document with its words not counted)
     * until the JIT has compiled it: on a machine with two cores its one C2 thread took 18 to 30 such rounds, and code
     * still being compiled runs slower and would make every figure below a figure of warm-up. Stops when a round adds
     * under {@link #QUIET_COMPILATION} of the repair's own time in compilation, or after {@link #MAX_WARM_UP_ROUNDS}.
     */
    private static void warmUp(SwedishOcrRepairer first, List<String> snippets, List<String> document, Path withoutDocument) {
        time(snippets, 1, first::repair);
        for (int round = 1; ; round++) {
            long compileStart = COMPILATION.getTotalCompilationTime();
            double[] seconds = new double[1];
            withRepairer(null, repairer -> seconds[0] += time(snippets, 1, repairer::repair).thread() + time(document, 1, repairer::repair).thread());
            withRepairer(withoutDocument, repairer -> seconds[0] += time(document, 1, repairer::repair).thread());
            long compiled = COMPILATION.getTotalCompilationTime() - compileStart;
            if (compiled < QUIET_COMPILATION * seconds[0] * 1000 || round == MAX_WARM_UP_ROUNDS) {
                System.out.printf(Locale.ROOT, "JIT warm-up: %d rounds, the last with %d ms of compilation beside %.0f ms of repair%n",
                        round, compiled, seconds[0] * 1000);
                return;
            }
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Loads a repairer from the pipeline folder (null: the shipped knowledge) and hands it to one measurement. */
    private static void withRepairer(Path pipeline, Consumer<SwedishOcrRepairer> measurement) {
        SwedishOcrRepairer repairer;
        if (pipeline == null) {
            repairer = SwedishOcrRepairer.load();
        } else {
            System.setProperty("lup.pipeline", pipeline.toString());
            try {
                repairer = SwedishOcrRepairer.load();
            } finally {
                System.clearProperty("lup.pipeline");
            }
        }
        measurement.accept(repairer);
    }

    /** One measurement over several rounds: MB/s of repair and repair/baseline speed ratios. */
    private static final class Figures {
        private final String label;
        private final List<Double> throughput = new ArrayList<>();
        /**
         * CPU seconds of the whole process over the same passes, collector and compiler threads included: summed over the
         * rounds, as the process's clock ticks (10 ms) are coarse beside one pass.
         */
        private double processSeconds;
        /** Collection pauses inside its passes: their work runs on other threads, which the thread figures do not count. */
        private long gcMillis;
        private final List<Double> ratio = new ArrayList<>();
        private double mb;

        Figures(String label) {
            this.label = label;
        }

        void add(List<String> texts, int rounds, UnaryOperator<String> repair, UnaryOperator<String> baseline) {
            mb = rounds * texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
            CpuSeconds repairTime = time(texts, rounds, repair);
            double repairSeconds = repairTime.thread();
            processSeconds += repairTime.process();
            CpuSeconds baselineTime = time(texts, rounds, baseline);
            double baselineSeconds = baselineTime.thread();
            gcMillis += repairTime.gcMillis() + baselineTime.gcMillis();
            throughput.add(mb / repairSeconds);
            ratio.add(baselineSeconds / repairSeconds);
        }

        void print() {
            System.out.printf(Locale.ROOT, "%-36s %.3f MB x %d: repair MB/s median %.3f best %.3f (all rounds per process CPU second %.3f); repair/baseline median %.4f best %.4f; rounds %s%n",
                    label, mb, throughput.size(), median(throughput), max(throughput), mb * throughput.size() / processSeconds, median(ratio), max(ratio),
                    throughput.stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).toList());
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        private static double max(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        }
    }

    /**
     * CPU seconds of one timed pass: of this thread (the machine is shared, so wall time would count other processes'
     * work) and of the whole process, and the collection pauses during it.
     */
    private record CpuSeconds(double thread, double process, long gcMillis) {}

    private static CpuSeconds time(List<String> texts, int rounds, UnaryOperator<String> pass) {
        System.gc(); // the previous repairers' garbage is not this pass's cost
        long start = THREADS.getCurrentThreadCpuTime();
        long processStart = PROCESS.getProcessCpuTime();
        long gcStart = gcMillis();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                sink += pass.apply(t).length();
            }
        }
        if (sink < 0) {
            throw new AssertionError();
        }
        return new CpuSeconds((THREADS.getCurrentThreadCpuTime() - start) / 1e9, (PROCESS.getProcessCpuTime() - processStart) / 1e9,
                gcMillis() - gcStart);
    }
}
