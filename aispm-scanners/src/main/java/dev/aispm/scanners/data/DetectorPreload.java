package dev.aispm.scanners.data;

import dev.aispm.scanners.data.noise.Decoys;
import dev.aispm.scanners.data.secrets.AssignmentJudge;
import dev.aispm.scanners.data.secrets.SecretDetector;

/**
 * Builds the secret detectors' shared tables (the catalogue, its anchor automaton and the word
 * lists that judge names and placeholders) on a background thread. A command-line scan is a
 * short-lived process in which this set-up is a large share of the work on small and medium
 * inputs; started first, it runs on a second core while the command parses its arguments, loads
 * its scanners and opens its input. Whoever needs a table before it is ready waits for it, as for
 * any class initialisation, so the result is the same with or without the preload.
 */
public final class DetectorPreload {
  private static volatile boolean started;

  private DetectorPreload() {
  }

  /** Starts the preload once per process; later calls do nothing. */
  public static void start() {
    if (started) {
      return;
    }
    synchronized (DetectorPreload.class) {
      if (started) {
        return;
      }
      started = true;
    }
    // A named task rather than a method reference: linking the first lambda of a process costs
    // a few milliseconds, which is what this class is saving.
    Thread t = new Thread(new Load(), "aispm-detector-preload");
    // A daemon: a process that finishes first (a usage error, an empty input) must not wait.
    t.setDaemon(true);
    t.start();
  }

  /** The preload itself. */
  private static final class Load implements Runnable {
    @Override
    public void run() {
      load();
    }
  }

  /**
   * Initialises the classes that hold the tables. Loading them by name, instead of calling into
   * them, keeps this class from initialising anything on the caller's thread.
   */
  private static void load() {
    ClassLoader loader = DetectorPreload.class.getClassLoader();
    // A class literal loads a class without initialising it; forName(..., true, ...) then
    // initialises it here.
    for (Class<?> table : new Class<?>[] {SecretDetector.class, AssignmentJudge.class,
        Decoys.class}) {
      try {
        Class.forName(table.getName(), true, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        // The scan then fails on the class too, but on this JVM without the original cause,
        // which only this thread saw: say it here.
        System.err.println("aispm: the detectors could not be set up: "
            + (e.getCause() != null ? e.getCause() : e));
        return;
      }
    }
  }
}
