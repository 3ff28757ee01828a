package se.lup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lup} entry point; each verb is its own command class. */
@Command(
        name = "lup",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        version = "lup 0.1.0",
        description = "Stockholm's local development programmes and district plans as searchable records.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ExtractCommand.class,
            RepairCommand.class,
            EvalRepairCommand.class,
            LearnRepairCommand.class,
            SegmentCommand.class,
            ExportCommand.class,
            IngestCommand.class,
            SearchCommand.class,
            SimilarCommand.class,
            CompareCommand.class,
            DiffCommand.class,
        })
public final class LupCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Held so the level set in {@link #main} is not lost when the logger is garbage-collected. */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    public static void main(String[] args) {
        // Lucene warns on every start that the incubating vector module is absent; lup does no vector search.
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new LupCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("lup: " + ex.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
