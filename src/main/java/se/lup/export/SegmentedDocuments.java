package se.lup.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.lup.record.LupRecord;
import se.lup.segment.FileSegmenter;
import se.lup.segment.ThemeCategorizer;

/**
 * Records straight from documents: each file is segmented, then the themes and measures that match no taxonomy alias
 * get categories from a {@link ThemeCategorizer} trained on the labelled records of these documents and of the
 * bundled corpus (so that a single new document has enough to learn from).
 */
public final class SegmentedDocuments implements RecordSource {
    private final List<Path> paths;
    private final Path trainingCorpus;
    private final FileSegmenter segmenter;

    public SegmentedDocuments(List<Path> paths, Path trainingCorpus, FileSegmenter segmenter) {
        this.paths = List.copyOf(paths);
        this.trainingCorpus = trainingCorpus;
        this.segmenter = segmenter;
    }

    @Override
    public Loaded load() {
        List<LupRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Path> files = FileSegmenter.documents(paths);
        for (FileSegmenter.Result result : files.stream().map(segmenter::segment).toList()) {
            if (result.failed()) {
                failures.add(result.error());
                continue;
            }
            records.addAll(result.segmentation().records());
            result.segmentation().warnings().forEach(w -> warnings.add(result.file().getFileName() + ": " + w));
        }
        List<LupRecord> training = new ArrayList<>(records);
        List<Path> absolute = files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        FileSegmenter.documents(List.of(trainingCorpus)).stream()
                .filter(p -> !absolute.contains(p.toAbsolutePath().normalize()))
                .map(segmenter::segment)
                .filter(r -> !r.failed())
                .forEach(r -> training.addAll(r.segmentation().records()));
        try {
            records = ThemeCategorizer.train(training).fill(records);
        } catch (IllegalArgumentException e) {
            warnings.add("themes without a taxonomy alias stay uncategorised: " + e.getMessage());
        }
        return new Loaded(records, warnings, failures);
    }
}
