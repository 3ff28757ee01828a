package se.lup.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import se.lup.config.Json;
import se.lup.config.PipelineFiles;

/**
 * The fixed split of the ocr-dev pairs ({@code pipeline/regression/ocr-dev-split.json}): repair knowledge is learned
 * from {@code tune} only; {@code held_out} is read for nothing but the final evaluation.
 */
public record OcrDevSplit(List<String> tune, List<String> heldOut) {
    public enum Part { TUNE, HELD_OUT, ALL }

    /** One clean text with its OCR reading. */
    public record Pair(String id, String clean, String ocr) {
        /**
         * The pair page by page when both texts have the same form-feed page breaks (a whole document is too long to
         * align word by word in one piece), else the pair itself. Pages are named {@code id/p001}, ...
         */
        public List<Pair> pages() {
            String[] cleanPages = clean.split("\f", -1);
            String[] ocrPages = ocr.split("\f", -1);
            if (cleanPages.length == 1 || cleanPages.length != ocrPages.length) {
                return List.of(this);
            }
            List<Pair> pages = new ArrayList<>();
            for (int i = 0; i < cleanPages.length; i++) {
                pages.add(new Pair(String.format(Locale.ROOT, "%s/p%03d", id, i + 1), cleanPages[i], ocrPages[i]));
            }
            return pages;
        }
    }

    public static OcrDevSplit load() {
        try (InputStream in = PipelineFiles.open("regression/ocr-dev-split.json")) {
            return Json.MAPPER.readValue(in, OcrDevSplit.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read pipeline/regression/ocr-dev-split.json", e);
        }
    }

    /**
     * The pairs NN.clean.txt / NN.ocr.txt in {@code dir} that belong to {@code part}, in file-name order, each split
     * into its pages where both texts have the same page breaks ({@link Pair#pages()}).
     */
    public List<Pair> pairs(Path dir, Part part) throws IOException {
        return pairsIn(dir, id -> belongs(id, part));
    }

    /** The pairs NAME.clean.txt / NAME.ocr.txt in {@code dir} whose NAME {@code keep} accepts, as {@link #pairs}. */
    static List<Pair> pairsIn(Path dir, Predicate<String> keep) throws IOException {
        List<Pair> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path clean : files.filter(f -> f.getFileName().toString().endsWith(".clean.txt")).sorted().toList()) {
                String id = clean.getFileName().toString().replace(".clean.txt", "");
                Path ocr = clean.resolveSibling(id + ".ocr.txt");
                if (Files.isRegularFile(ocr) && keep.test(id)) {
                    out.addAll(new Pair(id, Files.readString(clean, StandardCharsets.UTF_8), Files.readString(ocr, StandardCharsets.UTF_8)).pages());
                }
            }
        }
        return out;
    }

    private boolean belongs(String id, Part part) {
        return switch (part) {
            case TUNE -> tune.contains(id);
            case HELD_OUT -> heldOut.contains(id);
            case ALL -> true;
        };
    }
}
