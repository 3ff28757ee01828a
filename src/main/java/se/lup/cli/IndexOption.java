package se.lup.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.lup.config.LupHome;
import se.lup.gazetteer.Gazetteer;
import se.lup.search.RecordSearcher;

/** The {@code --index DIR} option shared by the verbs that read the index. */
public final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: index/).")
    Path index;

    Path dir() {
        return index == null ? LupHome.index() : index;
    }

    RecordSearcher openSearcher() throws IOException {
        return RecordSearcher.open(dir(), Gazetteer.load());
    }
}
