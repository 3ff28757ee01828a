package se.lup.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import se.lup.TempDirectories;

/**
 * Benchmark, not a test. (1) Text-PDF extraction: pages per second of {@link DocumentExtractor} (warm JVM) against
 * poppler's {@code pdftotext}, one process per file as it is used, on the same generated PDFs. (2) OCR: seconds per
 * page of our path (Tika's Tesseract parser, Swedish) against plain {@code tesseract IMAGE OUT -l swe} on the same page
 * images. Each file is done by both sides in turn, so that load from other processes hits both alike; the medians of
 * the per-round ratios are reported. Tesseract runs as many threads as it likes on both sides; on a shared machine
 * {@code OMP_THREAD_LIMIT=1} in the environment (inherited by both) gives steadier OCR figures.
 *
 * <p>Run after {@code mvn -B -q test-compile package -DskipTests}, with a JDK ≥ 21:
 * {@code java -cp "target/test-classes:target/classes:target/lib/*" se.lup.extract.ExtractionBenchmark [PDFS PAGES OCR_PAGES ROUNDS]}.
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int pdfs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int pagesPerPdf = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        int ocrPages = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path dir = TempDirectories.deletedOnExit("lup-extract-bench");
        List<String> lines = corpusLines();
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < pdfs; f++) {
            List<List<String>> pages = new ArrayList<>();
            for (int p = 0; p < pagesPerPdf; p++) {
                int from = (f * pagesPerPdf + p) * 40 % (lines.size() - 40);
                pages.add(lines.subList(from, from + 40));
            }
            files.add(Fixtures.textPdf(dir.resolve("plan-" + f + ".pdf"), pages));
        }
        int totalPages = pdfs * pagesPerPdf;
        DocumentExtractor extractor = new DocumentExtractor();
        for (int warm = 0; warm < 3; warm++) extractAll(extractor, files);
        double[] ours = new double[rounds];
        double[] poppler = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (Path file : files) {
                ours[r] += seconds(() -> extractor.extract(file));
                poppler[r] += seconds(() -> run("pdftotext", "-enc", "UTF-8", file.toString(), file + ".txt"));
            }
        }
        System.out.printf(Locale.ROOT, "text PDF: %d files, %d pages, %d rounds, each file by both sides in turn%n", pdfs, totalPages, rounds);
        System.out.printf(Locale.ROOT, "  lup (PDFBox)  %8.1f pages/s (median round)%n", totalPages / median(ours));
        System.out.printf(Locale.ROOT, "  pdftotext     %8.1f pages/s (median round)%n", totalPages / median(poppler));
        System.out.printf(Locale.ROOT, "  ratio lup/pdftotext %.2f (median of per-round ratios; goal >= 1.0)%n", median(ratios(poppler, ours)));

        if (ocrPages == 0) return;
        if (!extractor.ocrAvailable()) {
            System.out.println("OCR: skipped, tesseract with Swedish data is not installed (" + TesseractOcr.PACKAGES + ")");
            return;
        }
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < ocrPages; i++) {
            Path png = dir.resolve("sida-" + i + ".png");
            ImageIO.write(Fixtures.render(lines.subList(i * 30, i * 30 + 30)), "png", png.toFile());
            images.add(png);
        }
        extractor.extract(images.get(0));
        int ocrRounds = Math.max(1, rounds / 2);
        double[] tika = new double[ocrRounds];
        double[] cli = new double[ocrRounds];
        for (int r = 0; r < ocrRounds; r++) {
            for (Path png : images) {
                tika[r] += seconds(() -> extractor.extract(png)) / ocrPages;
                cli[r] += seconds(() -> run("tesseract", png.toString(), png + ".out", "-l", "swe")) / ocrPages;
            }
        }
        System.out.printf(Locale.ROOT, "OCR: %d page images, %d rounds, each image by both sides in turn%n", ocrPages, ocrRounds);
        System.out.printf(Locale.ROOT, "  lup (Tika Tesseract)  %6.2f s/page (median round)%n", median(tika));
        System.out.printf(Locale.ROOT, "  tesseract -l swe      %6.2f s/page (median round)%n", median(cli));
        System.out.printf(Locale.ROOT, "  overhead %+.1f %% (median of per-round ratios %s; goal <= 10 %%)%n",
                100 * (median(ratios(tika, cli)) - 1), Arrays.toString(Arrays.stream(ratios(tika, cli)).map(x -> Math.round(x * 100) / 100.0).toArray()));
    }

    /** Per-round a[r] / b[r]. */
    private static double[] ratios(double[] a, double[] b) {
        double[] ratios = new double[a.length];
        for (int r = 0; r < a.length; r++) ratios[r] = a[r] / b[r];
        return ratios;
    }

    /** Lines of the bundled clean plan, limited to what the PDF's standard font can encode. */
    private static List<String> corpusLines() throws IOException {
        String text = Files.readString(Path.of("corpus", "socialforvaltningen-lup-plan-2017.txt"), StandardCharsets.UTF_8);
        List<String> lines = Arrays.stream(text.split("\n"))
                .map(l -> l.strip().replaceAll("[^\\x20-\\x7E\\u00C0-\\u00FF–”]", ""))
                .filter(l -> l.length() > 20).toList();
        List<String> repeated = new ArrayList<>();
        while (repeated.size() < 2000) repeated.addAll(lines);
        return repeated;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void extractAll(DocumentExtractor extractor, List<Path> files) throws ExtractionException {
        for (Path file : files) extractor.extract(file);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
