package dev.aispm.misuse.source.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.event.PromptRecord;
import dev.aispm.misuse.source.JsonFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Parses SageMaker endpoint data capture files: JSON Lines that an endpoint with data capture
 * enabled writes under {@code DestinationS3Uri/ENDPOINT/VARIANT/yyyy/mm/dd/hh/}, one inference per
 * line with {@code captureData.endpointInput} and {@code captureData.endpointOutput} (each a
 * {@code data} string in the {@code encoding} JSON, CSV or BASE64) and
 * {@code eventMetadata.eventId} / {@code eventMetadata.inferenceTime}. Capture names no caller, so
 * the records it yields have none; the endpoint is the model the detectors attribute calls to.
 * Payloads are decoded as text and never interpreted beyond collecting a JSON body's strings.
 */
public final class DataCaptureParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Lines longer than this are counted malformed rather than buffered whole. */
  static final int MAX_LINE = 8 * 1024 * 1024;

  private DataCaptureParser() {}

  /** Which endpoint a capture file belongs to: its folder says it, the lines do not. */
  public record Endpoint(String account, String region, String endpointArn) {}

  /** Records and the count of malformed lines of one capture file. */
  public record Result(List<PromptRecord> records, int malformed) {}

  public static Result parse(InputStream in, Endpoint endpoint) {
    List<PromptRecord> out = new ArrayList<>();
    int malformed = 0;
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          if (line.length() > MAX_LINE) {
            throw new IllegalArgumentException("line too long");
          }
          out.add(record(JSON.readTree(line), endpoint));
        } catch (IOException | RuntimeException e) {
          malformed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(out, malformed);
  }

  static PromptRecord record(JsonNode r, Endpoint endpoint) {
    if (!r.isObject()) {
      throw new IllegalArgumentException("not an object");
    }
    String id = JsonFields.required(r, "eventMetadata", "eventId");
    String time = JsonFields.required(r, "eventMetadata", "inferenceTime");
    JsonNode capture = r.path("captureData");
    JsonNode input = capture.path("endpointInput");
    JsonNode output = capture.path("endpointOutput");
    if (input.isMissingNode() && output.isMissingNode()) {
      throw new IllegalArgumentException("missing captureData");
    }
    // Event ids are unique per endpoint only, so the checkpoint's boundary set keys them by endpoint.
    return new PromptRecord(endpoint.endpointArn() + "/" + id, JsonFields.instant(time, "eventMetadata.inferenceTime"),
        "aws", endpoint.account(), endpoint.region(), null, endpoint.endpointArn(), "InvokeEndpoint",
        decode(input), decode(output));
  }

  /** The text of one captured payload, decoded by its declared encoding. */
  static String decode(JsonNode payload) {
    if (payload.isMissingNode() || payload.isNull()) {
      return "";
    }
    String data = JsonFields.text(payload, "data");
    if (data == null) {
      return "";
    }
    String encoding = JsonFields.text(payload, "encoding");
    String text = switch (encoding == null ? "" : encoding.toUpperCase(Locale.ROOT)) {
      case "BASE64" -> new String(Base64.getMimeDecoder().decode(data), StandardCharsets.UTF_8);
      case "JSON" -> jsonText(data);
      case "CSV" -> data;
      default -> throw new IllegalArgumentException("unknown encoding " + encoding);
    };
    return PromptText.cut(text);
  }

  /** Every string of a JSON body, or the body itself when it is not JSON after all. */
  private static String jsonText(String data) {
    JsonNode body;
    try {
      body = JSON.readTree(data);
    } catch (IOException e) {
      return data;
    }
    if (body == null) {
      return "";
    }
    return PromptText.of(body);
  }
}
