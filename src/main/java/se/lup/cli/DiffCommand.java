package se.lup.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.lup.config.Json;
import se.lup.config.LupHome;
import se.lup.corpus.MetadataDetector;
import se.lup.diff.ChangeSet;
import se.lup.diff.ChangeSetPrinter;
import se.lup.diff.PlanDiff;
import se.lup.diff.PlanVersions;
import se.lup.pipeline.DocumentFailure;
import se.lup.pipeline.DocumentPipeline;
import se.lup.pipeline.Lazy;
import se.lup.pipeline.PipelineStages;

@Command(name = "diff", description = {
        "What changed between two versions of a plan: records added and removed, text changed (word diff), activity dates",
        "moved, indicator targets changed, goals and themes renamed; per district, theme and goal. OCR noise, reflowed and",
        "renumbered text are not changes."})
public final class DiffCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OLD NEW", arity = "0..2", description = "Two documents: files, or document ids in the index.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--lineage", paramLabel = "L", description = "Diff each pair of consecutive indexed versions of lineage L.")
    String lineage;

    @Option(names = "--index", paramLabel = "DIR", description = "Index to read documents from (default: ${DEFAULT-VALUE}).")
    Path index = LupHome.index();

    @Option(names = "--json", description = "Print the change sets as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if ((lineage == null) == (documents.size() != 2)) {
            System.err.println("lup diff: give either OLD and NEW, or --lineage L");
            return ExitCodes.USAGE;
        }
        List<ChangeSet> changeSets = new ArrayList<>();
        try (PlanVersions versions = new PlanVersions(index, DocumentPipeline.lazy(PipelineStages::defaults), Lazy.of(MetadataDetector::load))) {
            List<PlanVersions.Version> sequence = lineage != null
                    ? versions.lineage(lineage)
                    : List.of(versions.load(documents.get(0)), versions.load(documents.get(1)));
            for (int i = 1; i < sequence.size(); i++) {
                PlanVersions.Version before = sequence.get(i - 1);
                PlanVersions.Version after = sequence.get(i);
                changeSets.add(PlanDiff.between(before.document(), before.records(), after.document(), after.records()));
            }
        } catch (DocumentFailure e) {
            System.err.println("lup: " + e.getMessage());
            return ExitCodes.PARTIAL_FAILURE;
        } catch (IOException e) {
            System.err.println("lup diff: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            System.out.println(Json.pretty(lineage != null ? changeSets : changeSets.get(0)));
        } else if (changeSets.isEmpty()) {
            System.out.println("lineage " + lineage + " has a single version: nothing to compare");
        } else {
            changeSets.forEach(set -> ChangeSetPrinter.print(set, System.out));
        }
        return ExitCodes.OK;
    }
}
