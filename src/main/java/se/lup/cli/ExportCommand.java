package se.lup.cli;


import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.lup.config.LupHome;
import se.lup.corpus.DocumentSource;
import se.lup.export.IndexedRecords;
import se.lup.export.RecordFilter;
import se.lup.export.RecordFormat;
import se.lup.export.RecordSource;
import se.lup.export.RecordWriter;
import se.lup.export.SegmentedDocuments;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.PipelineStages;
import se.lup.gazetteer.District;
import se.lup.gazetteer.Gazetteer;
import se.lup.record.LupRecord;
import se.lup.record.RecordKind;

@Command(name = "export", description = "Write the records of a set of documents as JSON Lines, JSON or CSV (Swedish Excel).")
public final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Documents or folders to segment. Default: the index's records if there is an index, else the bundled corpus.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--district", description = "Only records of this district (any spelling the gazetteer knows); repeatable.")
    List<String> districts = new ArrayList<>();

    @Option(names = "--kind", description = "Only records of this kind (theme, measure, partner, ...); repeatable.")
    List<String> kinds = new ArrayList<>();

    @Mixin
    IndexOption indexOption;

    @Option(names = "--all-versions", description = "From the index: include earlier versions of plans (default: latest only).")
    boolean allVersions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        RecordFormat recordFormat;
        Set<RecordKind> kindSet = new LinkedHashSet<>();
        Set<String> districtSet = new LinkedHashSet<>();
        try {
            recordFormat = RecordFormat.parse(format);
            kinds.forEach(k -> kindSet.add(RecordKind.parse(k)));
        } catch (IllegalArgumentException e) {
            err.println("lup: unknown format or kind: " + format + " " + kinds);
            return ExitCodes.USAGE;
        }
        Gazetteer gazetteer = Gazetteer.load();
        for (String d : districts) {
            Optional<District> district = gazetteer.lookup(d).or(() -> gazetteer.findDistrictOrStadsdel(d));
            if (district.isEmpty()) {
                err.println("lup: unknown district: " + d);
                return ExitCodes.USAGE;
            }
            districtSet.add(district.get().name());
        }
        RecordSource source;
        if (paths.isEmpty() && IndexedRecords.exists(indexOption.dir())) {
            source = new IndexedRecords(indexOption.dir(), allVersions);
        } else {
            List<Path> inputs = paths.isEmpty() ? List.of(LupHome.corpus()) : paths;
            for (Path p : inputs) {
                if (!Files.exists(p)) {
                    err.println("lup: " + p + ": no such file or folder");
                    return ExitCodes.USAGE;
                }
            }
            source = new SegmentedDocuments(inputs, LupHome.corpus(), DocumentSource.defaults(),
                    DocumentPipeline.lazy(PipelineStages::defaults));
        }
        RecordSource.Loaded loaded = source.load();
        loaded.failures().forEach(f -> err.println("lup: " + f));
        List<LupRecord> selected = loaded.records().stream().filter(new RecordFilter(districtSet, kindSet)).toList();
        try (Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            RecordWriter.write(selected, recordFormat, writer);
        }
        if (out != null) {
            err.println(selected.size() + " records written to " + out);
        }
        return loaded.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL_FAILURE;
    }
}
