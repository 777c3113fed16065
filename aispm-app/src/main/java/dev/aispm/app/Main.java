package dev.aispm.app;

import java.util.Arrays;

/**
 * The jar's entry point. It names no command-line library type, so that starting the JVM loads
 * nothing outside the class-data archive: {@code scan-files} (often run on one small file in a CI
 * step, where start-up is most of its time) goes straight to the scanners, and every other
 * command to the full command line of {@link Aispm}. A main class that referred to picocli had
 * the JVM search the application's few hundred jars for its classes before {@code main} ran.
 */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("scan-files")) {
      // The subcommand passes its arguments through unparsed either way: they are the scanners'.
      System.exit(ScanFilesCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out,
          System.err));
    }
    Aispm.main(args);
  }
}
