package dev.aispm.posture.query;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Turns driver values into plain Java values a JSON writer can render: temporal values become
 * their ISO text, lists are converted element by element. Kept in one place so the API, reports
 * and alerts show a time the same way.
 */
public final class NodeValues {
  private NodeValues() {}

  static Object plain(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    return switch (v.type().name()) {
      case "DATE_TIME", "LOCAL_DATE_TIME", "DATE", "TIME", "LOCAL_TIME", "DURATION" -> v.asObject().toString();
      case "LIST OF ANY?", "LIST" -> v.asList(NodeValues::plain);
      default -> v.asObject();
    };
  }

  public static String text(Value v) {
    Object o = plain(v);
    return o == null ? null : o.toString();
  }

  static List<String> labels(Node n) {
    List<String> out = new ArrayList<>();
    n.labels().forEach(out::add);
    return out;
  }

  public static List<String> strings(Value v) {
    return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
  }
}
