package dev.aispm.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.aispm.rules.catalog.Rule;
import dev.aispm.rules.catalog.RuleCatalog;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the rule catalogue (built-in plus {@code AISPM_RULES_DIR}). */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rule catalogue.",
    subcommands = RulesCommand.ListRules.class)
final class RulesCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (list)");
  }

  /** {@code aispm rules list [--format table|json]}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the rule catalogue.")
  static final class ListRules implements Callable<Integer> {
    enum Format { table, json }

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    @Override
    public Integer call() throws Exception {
      RuleCatalog catalog = AppRuntime.rules(AppRuntime.environment());
      List<Rule> rules = catalog.rules();
      if (format == Format.json) {
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(rules.stream().map(Rule::metadata).toList()));
        return 0;
      }
      System.out.printf("%-64s %-9s %-16s %s%n", "ID", "SEVERITY", "CATEGORY", "TITLE");
      for (Rule r : rules) {
        System.out.printf("%-64s %-9s %-16s %s%n", r.id(), r.metadata().severity().id(),
            r.metadata().category().id(), r.metadata().title());
      }
      System.out.printf("%n%d rules%n", rules.size());
      return 0;
    }
  }
}
