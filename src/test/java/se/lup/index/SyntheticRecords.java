package se.lup.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import se.lup.gazetteer.District;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.DocumentRef;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;
import se.lup.record.Span;

/**
 * Real-looking records for benchmarks: text made of sentences from the corpus documents, spread over every district
 * of the gazetteer, eight years and documents of {@value #RECORDS_PER_DOCUMENT} records; one in five carries an
 * OCR-garbled raw text. Record {@code i} depends only on the seed and {@code i}, so two indexes get the same records.
 */
final class SyntheticRecords {
    static final int RECORDS_PER_DOCUMENT = 500;
    private static final List<String> CATEGORIES = List.of("Barn och unga", "Utbildning", "Arbete och försörjning",
            "Trygghet", "Socialt kapital och delaktighet", "Hälsa", "Boende och stadsmiljö", "Kultur och fritid",
            "Jämställdhet och likabehandling");
    private static final RecordKind[] KINDS = {RecordKind.MEASURE, RecordKind.MEASURE, RecordKind.MEASURE,
            RecordKind.CONTEXT, RecordKind.CONTEXT, RecordKind.ACTIVITY, RecordKind.THEME, RecordKind.GOAL,
            RecordKind.INDICATOR, RecordKind.PARTNER, RecordKind.EXPECTED_RESULT, RecordKind.PRIORITY_AREA};

    private final List<String> sentences;
    private final List<String> districts;
    private final long seed;

    SyntheticRecords(Path corpus, long seed) throws IOException {
        this.sentences = sentences(corpus);
        this.districts = Gazetteer.load().districts().stream().map(District::name).toList();
        this.seed = seed;
    }

    List<String> sentences() {
        return sentences;
    }

    /** The i-th record; 90 % of documents are the latest version of their plan. */
    LupRecord record(long i) {
        Random r = new Random(seed * 1_000_003L + i);
        long document = i / RECORDS_PER_DOCUMENT;
        Random d = new Random(seed * 7919L + document);
        String district = districts.get(d.nextInt(districts.size()));
        int year = 2017 + d.nextInt(8);
        DocumentRef ref = new DocumentRef("doc-" + document, "doc-" + document + ".pdf", "Verksamhetsplan " + year,
                district + " stadsdelsnämnd", year, "verksamhetsplan", 1, null);
        StringBuilder text = new StringBuilder();
        for (int s = 1 + r.nextInt(3); s > 0; s--) {
            text.append(text.isEmpty() ? "" : " ").append(sentences.get(r.nextInt(sentences.size())));
        }
        String title = r.nextInt(3) == 0 ? firstWords(sentences.get(r.nextInt(sentences.size())), 5) : null;
        List<String> categories = r.nextInt(5) == 0 ? List.of()
                : r.nextBoolean() ? List.of(CATEGORIES.get(r.nextInt(CATEGORIES.size())))
                : List.of(CATEGORIES.get(r.nextInt(4)), CATEGORIES.get(4 + r.nextInt(5)));
        String raw = r.nextInt(5) == 0 ? garble(text.toString(), r) : text.toString();
        return new LupRecord("rec-" + i, KINDS[r.nextInt(KINDS.length)], district, categories.isEmpty() ? null
                : categories.get(0), categories, title, text.toString(), raw, ref, List.of("Verksamhetsplan", district),
                1 + r.nextInt(40), new Span(0, text.length()), null, null, null, null, null, null, null);
    }

    boolean latest(long i) {
        return new Random(seed * 31L + i / RECORDS_PER_DOCUMENT).nextInt(10) != 0;
    }

    /** Swedish letters as Tesseract's English model reads them, some of the time. */
    private static String garble(String text, Random r) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean misread = r.nextInt(3) != 0;
            out.append(!misread ? c : switch (c) {
                case 'å' -> 'a';
                case 'ä' -> r.nextBoolean() ? 'é' : 'a';
                case 'ö' -> r.nextBoolean() ? '6' : 'o';
                default -> c;
            });
        }
        return out.toString();
    }

    private static String firstWords(String sentence, int n) {
        String[] words = sentence.split("\\s+");
        return String.join(" ", List.of(words).subList(0, Math.min(n, words.length)));
    }

    /** Sentences of at least five words from every text file of the corpus folder. */
    private static List<String> sentences(Path corpus) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("-\\s*\\n\\s*", "")
                        .replaceAll("\\s+", " ");
                for (String s : text.split("(?<=[.!?])\\s+(?=[A-ZÅÄÖ])")) {
                    if (s.split(" ").length >= 5 && s.length() < 600) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        return sentences;
    }
}
