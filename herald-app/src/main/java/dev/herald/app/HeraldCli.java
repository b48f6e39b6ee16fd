package dev.herald.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herald} command: a verb, options, inputs; records on stdout, errors on stderr. */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "herald 0.1.0",
        description = "Herald: news articles in, data people can trust out.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ShowCommand.class,
            StatsCommand.class, ExportCommand.class, StoriesCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class HeraldCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** {@return the exit status of running {@code args}} */
    public static int run(String... args) {
        return new CommandLine(new HeraldCli()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'herald analyze FILE'");
    }
}
