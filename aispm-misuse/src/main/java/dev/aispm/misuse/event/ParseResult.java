package dev.aispm.misuse.event;

import java.util.List;

/**
 * What a parser made of one unit of input (a log file, an API page): the events it could read,
 * how many records it skipped as malformed and why the first few were skipped. A malformed record
 * never fails the unit, because one bad line must not hide the calls around it.
 *
 * @param nextToken the page token the answer carried for the next page, null on the last page or
 *                  for inputs that are not paged
 */
public record ParseResult(List<ActivityEvent> events, int malformed, List<String> problems, String nextToken) {
  /** Problems kept per unit: enough to diagnose, bounded for a file full of garbage. */
  public static final int MAX_PROBLEMS = 5;

  public ParseResult {
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }
}
