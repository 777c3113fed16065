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
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Parses Bedrock model invocation logs as delivered to S3: gzip JSON Lines, one
 * {@code ModelInvocationLog} record per line with {@code identity.arn}, {@code modelId},
 * {@code operation} and the request and answer bodies under {@code input.inputBodyJson} and
 * {@code output.outputBodyJson}. The text is every string of those bodies, whatever the model
 * family's request shape (Anthropic messages, Titan {@code inputText}, Converse content blocks).
 */
public final class InvocationLogParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A CloudWatch Logs event holds at most 256 KiB; anything longer is not one. */
  static final int MAX_MESSAGE = 1024 * 1024;

  private InvocationLogParser() {}

  /** Records and the count of malformed lines of one log object (gzip or plain). */
  public record Result(List<PromptRecord> records, int malformed) {}

  public static Result parse(InputStream raw) {
    List<PromptRecord> out = new ArrayList<>();
    int malformed = 0;
    try {
      java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw);
      in.mark(2);
      boolean gz = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      BufferedReader lines = new BufferedReader(new InputStreamReader(gz ? new GZIPInputStream(in) : in,
          StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(record(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          malformed++;
        }
      }
    } catch (java.util.zip.ZipException e) {
      malformed++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(out, malformed);
  }

  /**
   * One record as CloudWatch Logs holds it: where a region's logging configuration delivers to a
   * log group, each log event's message is one {@code ModelInvocationLog} record, the same JSON as
   * one line of an S3 log file.
   *
   * @throws IllegalArgumentException when the message is not such a record
   */
  public static PromptRecord parseMessage(String message) {
    if (message == null || message.length() > MAX_MESSAGE) {
      throw new IllegalArgumentException("not an invocation log record");
    }
    JsonNode r;
    try {
      r = JSON.readTree(message);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON", e);
    }
    if (r == null || !r.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return record(r);
  }

  static PromptRecord record(JsonNode r) {
    String id = JsonFields.required(r, "requestId");
    String arn = JsonFields.required(r, "identity", "arn");
    String region = JsonFields.required(r, "region");
    String model = JsonFields.required(r, "modelId");
    String modelId = model.startsWith("arn:") ? model : "arn:aws:bedrock:" + region + "::foundation-model/" + model;
    return new PromptRecord(id, JsonFields.instant(JsonFields.required(r, "timestamp"), "timestamp"), "aws",
        JsonFields.text(r, "accountId"), region, roleOf(arn), modelId, JsonFields.text(r, "operation"),
        PromptText.of(r.path("input").path("inputBodyJson")), PromptText.of(r.path("output").path("outputBodyJson")));
  }

  /** The role behind an assumed-role session ARN, else the ARN itself. */
  static String roleOf(String arn) {
    // arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION -> arn:aws:iam::ACCOUNT:role/ROLE
    int at = arn.indexOf(":assumed-role/");
    if (arn.startsWith("arn:aws:sts::") && at > 0) {
      String account = arn.substring("arn:aws:sts::".length(), at);
      String rest = arn.substring(at + ":assumed-role/".length());
      int slash = rest.indexOf('/');
      return "arn:aws:iam::" + account + ":role/" + (slash < 0 ? rest : rest.substring(0, slash));
    }
    return arn;
  }
}
