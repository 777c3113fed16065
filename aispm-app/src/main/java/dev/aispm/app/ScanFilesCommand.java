package dev.aispm.app;

import dev.aispm.collectors.aws.s3.S3SourceResolver;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.data.DetectorPreload;
import dev.aispm.scanners.files.ContentScanEngine;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code aispm scan-files PATH_OR_URI... [--format table|json|sarif] [--fail-on LEVEL]}: the
 * content scanners on local files and folders, and on {@code s3://} prefixes. Argument handling
 * and exit codes belong to the scanners module, which a CI job can also call directly.
 *
 * <p>The command is often run on one small file in a CI step, where start-up is most of its
 * time, so {@link Main} hands it its arguments before the command line is built, and the
 * scanners and resolvers are named here instead of looked up through the class path's service
 * files (a lookup that opens every one of the application's few hundred jars).
 */
@Command(name = "scan-files", mixinStandardHelpOptions = false,
    description = "Scan model files, training data and notebooks for injected code, secrets and personal data.")
final class ScanFilesCommand implements Callable<Integer> {
  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    return run(args.toArray(String[]::new), System.out, System.err);
  }

  /** Runs the command; returns its exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    DetectorPreload.start();
    return dev.aispm.scanners.files.ScanFilesCommand.run(args, out, err,
        List.of(new S3SourceResolver()), ContentScanEngine.withBuiltInScanners(ScanLimits.defaults()));
  }
}
