package se.lup.config;

import java.nio.file.Path;

/** Default locations, relative to the installation ({@code -Dlup.home}, set by bin/lup) or else the working directory. */
public final class LupHome {
    private LupHome() {}

    public static Path home() {
        return Path.of(System.getProperty("lup.home", "."));
    }

    public static Path corpus() {
        return home().resolve("corpus");
    }

    public static Path index() {
        return home().resolve("index");
    }
}
