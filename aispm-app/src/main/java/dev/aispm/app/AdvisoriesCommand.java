package dev.aispm.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code aispm advisories update --from FILE|URL} and {@code aispm advisories show}: the offline
 * advisory index that scans match AI packages against. Arguments and exit codes belong to the
 * scanners module, where the index lives.
 */
@Command(name = "advisories", mixinStandardHelpOptions = false,
    description = "Update (from an OSV export) or show the vulnerability advisory index.")
final class AdvisoriesCommand implements Callable<Integer> {
  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    return dev.aispm.scanners.advisory.AdvisoriesCommand.run(args.toArray(String[]::new),
        System.out, System.err);
  }
}
