package dev.aispm.app;

import dev.aispm.graph.collect.ScanProgress;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows scan progress: a live, rewritten status line on a terminal, and plain lines (one per new
 * step) when output goes to a file or a CI log, where carriage returns would be noise.
 */
final class ConsoleProgress implements ScanProgress {
  private final PrintStream out;
  private final boolean live;
  private final Map<String, String> lastMessage = new ConcurrentHashMap<>();
  private int lastWidth;

  ConsoleProgress(PrintStream out, boolean live) {
    this.out = out;
    this.live = live;
  }

  /** Live when a terminal is attached and TERM is not "dumb". */
  static ConsoleProgress forConsole(PrintStream out) {
    boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    return new ConsoleProgress(out, terminal);
  }

  @Override
  public synchronized void step(String collector, String message, int done, int total) {
    String counter = total > 0 ? " (" + done + "/" + total + ")" : done > 0 ? " (" + done + ")" : "";
    String line = "[" + collector + "] " + message + counter;
    if (live) {
      String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
      out.print("\r" + padded);
      out.flush();
      lastWidth = line.length();
    } else if (!message.equals(lastMessage.put(collector, message))) {
      out.println(line);
    }
  }

  /** Ends the live line so that what follows starts on a fresh one. */
  synchronized void finish() {
    if (live && lastWidth > 0) {
      out.println();
      lastWidth = 0;
    }
  }
}
