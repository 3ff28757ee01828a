package se.lup.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import se.lup.clean.CleanDocument;
import se.lup.clean.Cleaner;
import se.lup.corpus.DocumentInfo;
import se.lup.corpus.DocumentRefs;
import se.lup.corpus.Manifest;
import se.lup.extract.ExtractionException;
import se.lup.extract.Extractor;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.DocumentRef;

/**
 * Files to records: extract, clean, repair and segment each document, with its metadata from the folder's manifest.
 * A document that cannot be read is reported as one line naming the file and the reason; the others go on.
 */
public final class FileSegmenter {
    /** One document's outcome: its reference and segmentation, or the reason it failed. */
    public record Result(Path file, DocumentRef document, Segmentation segmentation, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final Extractor extractor;
    private final Cleaner cleaner;
    private final UnaryOperator<CleanDocument> repair;
    private final Segmenter segmenter;
    private final Gazetteer gazetteer;

    public FileSegmenter(Extractor extractor, Cleaner cleaner, UnaryOperator<CleanDocument> repair, Segmenter segmenter,
            Gazetteer gazetteer) {
        this.extractor = extractor;
        this.cleaner = cleaner;
        this.repair = repair;
        this.segmenter = segmenter;
        this.gazetteer = gazetteer;
    }

    /** Every document under the paths (folders are listed, manifests and hidden files skipped), in name order. */
    public static List<Path> documents(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    public List<Result> segmentAll(List<Path> paths) {
        return documents(paths).stream().map(this::segment).toList();
    }

    public Result segment(Path file) {
        try {
            DocumentInfo info = Manifest.load(file.toAbsolutePath().getParent()).lookup(file)
                    .orElseGet(() -> new DocumentInfo(file.getFileName().toString(), null, null, null, null, null, null,
                            null, null));
            DocumentRef ref = DocumentRefs.of(file, info);
            CleanDocument clean = repair.apply(cleaner.clean(extractor.extract(file)));
            String district = info.district() != null ? info.district()
                    : info.title() == null ? null : gazetteer.findDistrict(info.title()).map(d -> d.name()).orElse(null);
            return new Result(file, ref, segmenter.segment(ref, district, clean), null);
        } catch (ExtractionException e) {
            return new Result(file, null, null, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return new Result(file, null, null, file + ": " + e.getMessage());
        }
    }
}
