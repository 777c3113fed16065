package dev.aispm.misuse.source.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.EventCollector;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.JsonFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the resource logs that an Azure AI account's diagnostic settings archive to a storage
 * account ({@code insights-logs-requestresponse} and {@code insights-logs-audit} containers, one
 * {@code PT1H.json} blob per resource and hour): JSON Lines in the Azure Monitor resource log
 * schema ({@code time}, {@code resourceId}, {@code category}, {@code operationName},
 * {@code resultSignature}, {@code callerIpAddress}, {@code correlationId}, {@code location},
 * {@code properties}). Inference operations ({@code ChatCompletions_Create},
 * {@code Completions_Create}, {@code Embeddings_Create}, {@code Responses_Create}) are named by the
 * data action the Activity Log would use, so the model-call detectors read them as they read
 * Activity Log data actions; the caller is the Entra object id in {@code properties.objectId}
 * (absent for key authentication). Resource ids are lower-cased, as the inventory writes them.
 */
public final class DiagnosticLogParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPENAI = "microsoft.cognitiveservices/accounts/openai/deployments/";
  private static final Map<String, String> INFERENCE = Map.of(
      "chatcompletions_create", OPENAI + "chat/completions/action",
      "completions_create", OPENAI + "completions/action",
      "embeddings_create", OPENAI + "embeddings/action",
      "responses_create", "microsoft.cognitiveservices/accounts/openai/responses/action");
  /** Lines longer than this are counted malformed rather than parsed. */
  static final int MAX_LINE = 1024 * 1024;

  private DiagnosticLogParser() {}

  /** The events of one {@code PT1H.json} blob; a bad line is counted and skipped. */
  public static ParseResult parse(InputStream in) {
    EventCollector out = new EventCollector();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int index = 0;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        try {
          if (line.length() > MAX_LINE) {
            throw new IllegalArgumentException("line longer than " + MAX_LINE + " characters");
          }
          out.add(record(JSON.readTree(line)));
        } catch (IOException e) {
          out.malformed(index, "not JSON");
        } catch (RuntimeException e) {
          out.malformed(index, e.getMessage());
        }
        index++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.result(null);
  }

  static ActivityEvent record(JsonNode r) {
    if (r == null || !r.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String resource = JsonFields.required(r, "resourceId").toLowerCase(Locale.ROOT);
    String operation = JsonFields.required(r, "operationName");
    String category = JsonFields.text(r, "category");
    String correlation = JsonFields.required(r, "correlationId");
    String result = JsonFields.text(r, "resultSignature");
    boolean succeeded = result == null || result.startsWith("2");
    JsonNode props = r.path("properties");
    if (props.isTextual()) {
      // Some services write properties as a JSON string.
      try {
        props = JSON.readTree(props.asText());
      } catch (IOException e) {
        props = JSON.createObjectNode();
      }
    }
    Map<String, String> params = new LinkedHashMap<>(JsonFields.flatten(props));
    params.put("operationName", operation);
    if (category != null) {
      params.put("category", category);
    }
    String principal = JsonFields.text(props, "objectId");
    String location = JsonFields.text(r, "location");
    return new ActivityEvent((category == null ? "" : category + ":") + correlation + ":" + operation,
        JsonFields.instant(JsonFields.required(r, "time"), "time"), "azure", subscriptionOf(resource),
        location == null || location.isBlank() ? "global" : location.toLowerCase(Locale.ROOT),
        principal == null || principal.isBlank() ? null : principal.toLowerCase(Locale.ROOT),
        JsonFields.text(r, "callerIpAddress"), null, "Microsoft.CognitiveServices",
        INFERENCE.getOrDefault(operation.toLowerCase(Locale.ROOT), operation), List.of(resource), succeeded,
        succeeded ? null : result, params);
  }

  /** The subscription of a resource id, or null when it names none. */
  static String subscriptionOf(String resourceId) {
    String[] parts = resourceId.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals("subscriptions")) {
        return parts[i + 1];
      }
    }
    return null;
  }
}
