package se.lup.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.lup.extract.ExtractionException;
import se.lup.extract.PlainTextExtractor;

@Command(name = "extract", description = "Print the cleaned text of a document.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Document to extract.")
    Path file;

    @Override
    public Integer call() {
        try {
            new PlainTextExtractor().extract(file).pages().forEach(p -> System.out.println(p.text()));
            return ExitCodes.OK;
        } catch (ExtractionException e) {
            System.err.println("lup: " + e.getMessage());
            return ExitCodes.PARTIAL_FAILURE;
        }
    }
}
