package se.lup.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the editable pipeline data (gazetteer, taxonomy, cues). Order: the folder named by system property
 * {@code lup.pipeline} or env {@code LUP_PIPELINE}, then {@code ./pipeline}, then the copy bundled in the jar.
 */
public final class PipelineFiles {
    private PipelineFiles() {}

    public static InputStream open(String name) {
        for (Path dir : new Path[] {configuredDir(), Path.of("pipeline")}) {
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                try {
                    return Files.newInputStream(dir.resolve(name));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read pipeline file " + dir.resolve(name), e);
                }
            }
        }
        InputStream bundled = PipelineFiles.class.getResourceAsStream("/pipeline/" + name);
        if (bundled == null) {
            throw new IllegalStateException("pipeline file not found: " + name);
        }
        return bundled;
    }

    private static Path configuredDir() {
        String dir = System.getProperty("lup.pipeline", System.getenv("LUP_PIPELINE"));
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }
}
