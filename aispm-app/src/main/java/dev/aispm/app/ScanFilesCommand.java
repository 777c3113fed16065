package dev.aispm.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code aispm scan-files PATH_OR_URI... [--format table|json|sarif] [--fail-on LEVEL]}: the
 * content scanners on local files and folders. Argument handling and exit codes belong to the
 * scanners module, which a CI job can also call directly.
 */
@Command(name = "scan-files", mixinStandardHelpOptions = false,
    description = "Scan model files, training data and notebooks for injected code, secrets and personal data.")
final class ScanFilesCommand implements Callable<Integer> {
  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    return dev.aispm.scanners.files.ScanFilesCommand.run(args.toArray(String[]::new), System.out, System.err);
  }
}
