package dev.aispm.collectors.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Loads recorded ARM answers from src/test/resources/recorded/azure/SERVICE/Operation.json. */
public final class Recorded {
  private Recorded() {}

  /** The {@code value} items of a recorded list answer. */
  public static List<JsonNode> list(String service, String operation) {
    String path = "recorded/azure/" + service + "/" + operation + ".json";
    try (InputStream in = Recorded.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded answer " + path);
      }
      List<JsonNode> items = new ArrayList<>();
      new ObjectMapper().readTree(in).path("value").forEach(items::add);
      return items;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
