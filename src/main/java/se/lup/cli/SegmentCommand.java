package se.lup.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.lup.config.Json;
import se.lup.config.LupHome;
import se.lup.corpus.DocumentSource;
import se.lup.export.RecordSource;
import se.lup.export.SegmentedDocuments;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.record.LupRecord;

@Command(name = "segment", description = "Show the records (themes, measures, partners, goals, ...) of one document.")
public final class SegmentCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Document to segment.")
    Path file;

    @Option(names = "--json", description = "Print the records as a JSON array (see schema/lup-record.schema.json).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("lup: " + file + ": no such file");
            return ExitCodes.USAGE;
        }
        RecordSource.Loaded loaded = new SegmentedDocuments(List.of(file), LupHome.corpus(), DocumentSource.defaults(),
                DocumentPipeline.lazy(PipelineStages::defaults)).load();
        loaded.failures().forEach(f -> err.println("lup: " + f));
        loaded.warnings().forEach(w -> err.println("warning: " + w));
        if (json) {
            out.println(Json.pretty(loaded.records()));
        } else {
            loaded.records().forEach(r -> out.println(line(r)));
        }
        out.flush();
        return loaded.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }

    private static String line(LupRecord r) {
        String where = String.join(" / ", r.section());
        String extra = switch (r.kind()) {
            case ACTIVITY -> "  [" + r.startDate() + " – " + r.endDate() + "]";
            case GOAL -> "  [" + r.level() + (r.number() == null ? "" : " " + r.number()) + "]";
            case INDICATOR -> "  [" + r.values().target() + "; " + r.values().cityTarget() + "; " + r.values().period() + "]";
            case PARTNER -> r.partnerType() == null ? "" : "  [" + r.partnerType() + "]";
            default -> "";
        };
        return String.format("%-15s %-22s %-40s %s%s%n%16s%s", r.kind().id(), r.district() == null ? "-" : r.district(),
                r.theme() == null ? "-" : abbreviate(r.theme(), 40), abbreviate(r.title(), 90), extra, "", where);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
