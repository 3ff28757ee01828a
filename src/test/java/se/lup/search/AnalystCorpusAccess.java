package se.lup.search;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages build the {@link AnalystCorpus} index. */
public final class AnalystCorpusAccess {
    private AnalystCorpusAccess() {}

    public static void indexInto(Path dir) throws IOException {
        AnalystCorpus.indexInto(dir);
    }
}
