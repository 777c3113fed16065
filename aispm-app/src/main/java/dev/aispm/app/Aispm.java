package dev.aispm.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code aispm} command. Usage errors (an unknown subcommand or flag) print
 * the usage and exit 2, as the launcher documents.
 */
@Command(name = "aispm", mixinStandardHelpOptions = true, version = "aispm 0.1.0",
    description = "Agentless AI Security Posture Management for AWS, Azure and GCP.",
    subcommands = {DemoCommand.class, ScanCommand.class, ServeCommand.class, ScanFilesCommand.class,
        RulesCommand.class, ReportCommand.class, AdvisoriesCommand.class,
        BomCommand.class, DiffCommand.class, LedgerCommand.class})
public final class Aispm implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    if (code != 0 || !ServeCommand.SERVING.get()) {
      System.exit(code);
    }
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Aispm());
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine cmd = e.getCommandLine();
      cmd.getErr().println("aispm: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
      cmd.usage(cmd.getErr());
      return 2;
    });
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("aispm: " + e.getMessage());
      return 2;
    });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }
}
