package dev.aispm.misuse.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.EventCollector;
import dev.aispm.misuse.event.ParseResult;
import java.io.IOException;
import java.util.function.Function;

/**
 * One page of a log listing API that answers with JSON: an array of entries and where the next
 * page starts (the Azure Activity Log's {@code value} and {@code nextLink}, Cloud Logging's
 * {@code entries} and {@code nextPageToken}). Each entry is parsed on its own, so a broken entry is
 * counted and described while the rest of the page still counts; an answer that is not JSON at
 * all is one malformed record.
 */
public final class JsonPage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonPage() {}

  /**
   * @param entries the field holding the array of entries
   * @param next    the field holding the next page's link or token
   * @param entry   parses one entry; a runtime exception marks it malformed with its message
   */
  public static ParseResult parse(String answer, String entries, String next,
      Function<JsonNode, ActivityEvent> entry) {
    EventCollector out = new EventCollector();
    JsonNode root;
    try {
      root = JSON.readTree(answer);
    } catch (IOException e) {
      out.malformed(-1, "the answer is not JSON");
      return out.result(null);
    }
    JsonNode values = root.path(entries);
    for (int i = 0; i < values.size(); i++) {
      try {
        out.add(entry.apply(values.get(i)));
      } catch (RuntimeException e) {
        out.malformed(i, e.getMessage());
      }
    }
    return out.result(JsonFields.text(root, next));
  }
}
