package se.lup.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.lup.config.Json;
import se.lup.extract.ExtractionException;
import se.lup.extract.Page;
import se.lup.extract.PlainTextExtractor;
import se.lup.repair.RepairReport;
import se.lup.repair.SwedishOcrRepairer;

@Command(name = "repair", description = "Repair OCR-garbled Swedish text: text in, repaired text out; a summary goes to stderr.")
public final class RepairCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..1", defaultValue = "-", description = "Text file to repair, or - for standard input (default).")
    String file;

    @Option(names = "--report", description = "Print the full repair report (JSON, per page) to stderr instead of the one-line summary.")
    boolean report;

    @Override
    public Integer call() throws IOException {
        String text;
        if (file.equals("-")) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            try {
                text = String.join("\f", new PlainTextExtractor().extract(Path.of(file)).pages().stream().map(Page::text).toList());
            } catch (ExtractionException e) {
                System.err.println("lup: " + e.getMessage());
                return ExitCodes.PARTIAL_FAILURE;
            }
        }
        SwedishOcrRepairer.RepairedText repaired = SwedishOcrRepairer.load().repairText(text);
        System.out.print(repaired.text());
        System.out.flush();
        RepairReport r = repaired.report();
        if (report) {
            System.err.println(Json.pretty(r));
        } else {
            System.err.printf("lup repair: garble %.3f -> %.3f, %s, %d words changed, %d still unknown%n",
                    r.garbleBefore(), r.garbleAfter(), r.applied() ? "repaired" : "left as is (not garbled)",
                    r.wordsChanged(), r.unknownWords().size());
        }
        return ExitCodes.OK;
    }
}
