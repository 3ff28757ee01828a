package se.lup.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lup} entry point; each verb is its own command class. */
@Command(
        name = "lup",
        mixinStandardHelpOptions = true,
        version = "lup 0.1.0",
        description = "Stockholm's local development programmes and district plans as searchable records.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, RepairCommand.class, EvalRepairCommand.class, LearnRepairCommand.class,
                IngestCommand.class, DiffCommand.class,
                SearchCommand.class, SimilarCommand.class, CompareCommand.class})
public final class LupCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
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
