package se.lup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.lup.config.Json;
import se.lup.search.RecordSearcher;
import se.lup.search.SearchHit;

@Command(name = "similar", description = "The records most like a given one (MoreLikeThis), e.g. the same kind of measure in other districts.")
public final class SimilarCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RECORD_ID", description = "Id of the record to start from (as shown by search).")
    String recordId;

    @Option(names = "--other-districts", description = "Only records of other districts than the record's own.")
    boolean otherDistricts;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Records to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Mixin
    IndexOption indexOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (RecordSearcher searcher = indexOption.openSearcher()) {
            List<SearchHit> hits = searcher.similar(recordId, otherDistricts, limit);
            if (json) {
                out.println(Json.pretty(hits));
            } else {
                out.printf("%d record%s like %s%n", hits.size(), hits.size() == 1 ? "" : "s", recordId);
                for (int i = 0; i < hits.size(); i++) {
                    SearchCommand.printHit(out, i + 1, hits.get(i));
                }
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("lup similar: " + e.getMessage());
            return ExitCodes.PARTIAL_FAILURE;
        }
    }
}
