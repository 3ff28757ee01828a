package se.lup.corpus;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lup.config.Json;

/** A folder's {@code manifest.json}: document metadata by file name. A folder without one has an empty manifest. */
public final class Manifest {
    public static final String FILE_NAME = "manifest.json";
    private final Map<String, DocumentInfo> byFile;

    private Manifest(Map<String, DocumentInfo> byFile) {
        this.byFile = byFile;
    }

    public static Manifest load(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Map<String, DocumentInfo> byFile = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            JsonNode docs = Json.MAPPER.readTree(file.toFile()).path("documents");
            List<DocumentInfo> infos = Json.MAPPER.convertValue(docs, new TypeReference<List<DocumentInfo>>() {});
            infos.forEach(info -> byFile.put(info.file(), info));
        }
        return new Manifest(byFile);
    }

    public Optional<DocumentInfo> lookup(Path document) {
        return Optional.ofNullable(byFile.get(document.getFileName().toString()));
    }

    public List<DocumentInfo> documents() {
        return List.copyOf(byFile.values());
    }
}
