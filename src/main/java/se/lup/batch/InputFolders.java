package se.lup.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.lup.corpus.Manifest;

/**
 * The documents under the paths given to ingest: files as named, folders walked recursively (hidden files and the
 * manifest skipped), each with its folder's manifest entry if it has one.
 */
public final class InputFolders {
    private InputFolders() {}

    public record Listing(List<InputDocument> documents, List<DocumentReport> unreadable) {}

    public static Listing list(List<Path> paths) {
        List<InputDocument> documents = new ArrayList<>();
        List<DocumentReport> unreadable = new ArrayList<>();
        Map<Path, Manifest> manifests = new HashMap<>();
        for (Path path : paths) {
            try {
                for (Path file : files(path)) {
                    Path folder = file.toAbsolutePath().getParent();
                    Manifest manifest = manifests.get(folder);
                    if (manifest == null) {
                        manifest = Manifest.load(folder);
                        manifests.put(folder, manifest);
                    }
                    documents.add(new InputDocument(file, manifest.lookup(file).orElse(null)));
                }
            } catch (IOException | RuntimeException e) {
                unreadable.add(DocumentReport.failed(path.toString(), null, "cannot list: " + e.getMessage(), 0));
            }
        }
        return new Listing(documents, unreadable);
    }

    private static List<Path> files(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException("no such file or folder");
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equals(Manifest.FILE_NAME))
                    .sorted()
                    .toList();
        }
    }
}
