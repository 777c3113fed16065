package dev.aispm.collectors.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Recorded Google API answers under {@code recorded/gcp/SERVICE/Operation.json}, parsed as the collector parses them. */
public final class Recorded {
  private Recorded() {}

  public static String text(String path) {
    try (InputStream in = Recorded.class.getClassLoader().getResourceAsStream("recorded/gcp/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded answer " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses an answer strictly into its proto class, as the REST helper does. */
  @SuppressWarnings("unchecked")
  public static <R extends Message> R proto(String path, Supplier<Message.Builder> builder) {
    Message.Builder b = builder.get();
    GcpRest.merge(text(path), b);
    return (R) b.build();
  }

  /** The items of a JSON list answer. */
  public static List<JsonNode> items(String path, String field) {
    try {
      List<JsonNode> out = new ArrayList<>();
      new ObjectMapper().readTree(text(path)).path(field).forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
