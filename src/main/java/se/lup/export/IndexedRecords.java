package se.lup.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.lup.gazetteer.Gazetteer;
import se.lup.search.InvalidQueryException;
import se.lup.search.RecordSearcher;
import se.lup.search.SearchRequest;

/** Records as indexed by {@code lup ingest}: read from the last commit, so an ingest may run meanwhile. */
public final class IndexedRecords implements RecordSource {
    private final Path index;
    private final boolean allVersions;

    public IndexedRecords(Path index, boolean allVersions) {
        this.index = index;
        this.allVersions = allVersions;
    }

    /** Whether {@code dir} holds a Lucene index (an ingest has committed there). */
    public static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    @Override
    public Loaded load() {
        SearchRequest everything = new SearchRequest("", List.of(), List.of(), List.of(), null, null, 0, allVersions);
        try (RecordSearcher searcher = RecordSearcher.open(index, Gazetteer.load())) {
            return new Loaded(searcher.records(everything), List.of(), List.of());
        } catch (IOException | InvalidQueryException e) {
            return new Loaded(List.of(), List.of(), List.of(index + ": " + e.getMessage()));
        }
    }
}
