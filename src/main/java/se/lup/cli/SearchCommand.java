package se.lup.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.lup.config.Json;
import se.lup.record.LupRecord;
import se.lup.search.InvalidQueryException;
import se.lup.search.RecordSearcher;
import se.lup.search.SearchHit;
import se.lup.search.SearchRequest;
import se.lup.search.SearchResults;

@Command(name = "search", description = {
        "Search the indexed records: ranked, with snippets and facet counts.",
        "QUERY uses Lucene syntax: words, \"phrases\", AND/OR/NOT, +must -mustnot, prefix*, field:value.",
        "Fields: text, title/titel, theme/tema, district/stadsdel/sdn, category/kategori, kind/typ, document/dokument, year/år, id."})
public final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (words are joined); none: every record.")
    List<String> query = List.of();

    @Option(names = "--district", paramLabel = "D", description = "Only this district (any name, alias or stadsdel; repeatable).")
    List<String> districts = List.of();

    @Option(names = "--theme-category", paramLabel = "C", description = "Only this theme category (repeatable).")
    List<String> categories = List.of();

    @Option(names = "--kind", paramLabel = "K", description = "Only this record kind, e.g. measure, activity (repeatable).")
    List<String> kinds = List.of();

    @Option(names = "--document", paramLabel = "X", description = "Only records of this document id.")
    String document;

    @Option(names = "--year", paramLabel = "Y", description = "Only documents of this year.")
    Integer year;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Records to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all-versions", description = "Include earlier versions of plans (default: latest versions only).")
    boolean allVersions;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Mixin
    IndexOption indexOption;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request = new SearchRequest(String.join(" ", query), districts, categories, kinds, document, year,
                limit, allVersions);
        try (RecordSearcher searcher = indexOption.openSearcher()) {
            SearchResults results = searcher.search(request);
            if (json) {
                out.println(Json.pretty(results));
            } else {
                print(out, request, results);
            }
            return ExitCodes.OK;
        } catch (InvalidQueryException e) {
            spec.commandLine().getErr().println("lup search: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("lup search: " + e.getMessage());
            return ExitCodes.PARTIAL_FAILURE;
        }
    }

    private static void print(PrintWriter out, SearchRequest request, SearchResults results) {
        out.printf("%d record%s%s%s%n", results.totalHits(), results.totalHits() == 1 ? "" : "s",
                request.query().isEmpty() ? "" : " match \"" + request.query() + "\"",
                request.allVersions() ? " (all versions)" : " (latest versions)");
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            printHit(out, rank++, hit);
        }
        out.println();
        results.facets().forEach((dimension, counts) -> {
            if (!counts.isEmpty()) {
                out.printf("%-15s %s%n", dimension + ":", counts.stream()
                        .map(f -> f.value() + " (" + f.count() + ")").collect(Collectors.joining(", ")));
            }
        });
    }

    static void printHit(PrintWriter out, int rank, SearchHit hit) {
        LupRecord r = hit.record();
        out.printf("%n%2d. [%s] %s%s  (score %.2f)%n", rank, r.kind().id(),
                r.district() == null ? "city-wide" : r.district(), r.theme() == null ? "" : " · " + r.theme(), hit.score());
        if (r.title() != null) {
            out.println("    " + r.title());
        }
        if (hit.snippet() != null && !hit.snippet().isBlank()) {
            out.println("    " + hit.snippet().replaceAll("\\s+", " ").strip());
        }
        out.printf("    %s%s · id %s%n", r.document() == null ? "?" : r.document().id(),
                r.page() == null ? "" : " p. " + r.page(), r.id());
    }
}
