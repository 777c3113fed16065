package dev.aispm.misuse.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a parser's output while it walks its input: parsers of the three clouds count and
 * describe skipped records the same way through it.
 */
public final class EventCollector {
  private final List<ActivityEvent> events = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private int malformed;

  public void add(ActivityEvent e) {
    events.add(e);
  }

  /** Counts a skipped record; the first few reasons are kept. */
  public void malformed(int index, String why) {
    malformed++;
    if (problems.size() < ParseResult.MAX_PROBLEMS) {
      problems.add("record " + index + ": " + why);
    }
  }

  public ParseResult result(String nextToken) {
    return new ParseResult(events, malformed, problems, nextToken);
  }
}
