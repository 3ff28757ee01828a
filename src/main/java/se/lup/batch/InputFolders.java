package se.lup.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.lup.corpus.DocumentSource;
import se.lup.corpus.Manifest;

/**
 * The documents under the paths given to ingest: files as named, folders walked recursively (hidden files and the
 * manifest skipped), each with its folder's manifest entry if it has one.
 */
public final class InputFolders {
    private InputFolders() {}

    public record Listing(List<InputDocument> documents, List<DocumentReport> unreadable) {}

    public static Listing list(List<Path> paths) {
        Map<Path, InputDocument> documents = new LinkedHashMap<>(); // a file named twice (a folder and in it) counts once
        List<DocumentReport> unreadable = new ArrayList<>();
        Map<Path, Manifest> manifests = new HashMap<>();
        for (Path path : paths) {
            try {
                for (Path file : DocumentSource.files(path)) {
                    Path folder = file.toAbsolutePath().getParent();
                    Manifest manifest = manifests.get(folder);
                    if (manifest == null) {
                        manifest = Manifest.load(folder);
                        manifests.put(folder, manifest);
                    }
                    documents.putIfAbsent(file.toAbsolutePath().normalize(), new InputDocument(file, manifest.lookup(file).orElse(null)));
                }
            } catch (IOException | RuntimeException e) {
                unreadable.add(DocumentReport.failed(path.toString(), null, "cannot list: " + e.getMessage(), 0));
            }
        }
        return new Listing(List.copyOf(documents.values()), unreadable);
    }
}
