package dev.aispm.misuse.source.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aispm.misuse.event.ActivityEvent;
import dev.aispm.misuse.event.EventCollector;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.source.JsonFields;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Parses CloudTrail records as the trail delivers them to S3 (a gzip JSON object
 * {@code {"Records":[...]}} per log file) and as {@code LookupEvents} answers carry them (each
 * event's {@code CloudTrailEvent} is the same record as a JSON string).
 *
 * <p>The file is streamed record by record, so a log file of any size costs one record of memory
 * beyond the events kept. The principal is the role behind an assumed-role session
 * ({@code userIdentity.sessionContext.sessionIssuer.arn}), because that is the graph's identity
 * node and what a responder revokes; the session ARN changes with every session.
 */
public final class CloudTrailParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private CloudTrailParser() {}

  /**
   * Parses one log object, gzip-compressed as CloudTrail writes it or plain JSON.
   *
   * @throws UncheckedIOException only when reading the stream fails (not for malformed content)
   */
  public static ParseResult parseLogFile(InputStream raw) {
    EventCollector out = new EventCollector();
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      int b1 = in.read();
      int b2 = in.read();
      in.reset();
      InputStream body = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
      readRecords(body, out);
    } catch (java.util.zip.ZipException | com.fasterxml.jackson.core.JsonProcessingException e) {
      out.malformed(-1, "the log file is unreadable from here on (cut or not gzip JSON): " + firstLine(e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.result(null);
  }

  private static void readRecords(InputStream body, EventCollector out) throws IOException {
    try (JsonParser p = FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        out.malformed(-1, "the log file is not a JSON object");
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!"Records".equals(field) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonNode record = JSON.readTree(p);
          try {
            out.add(record(record));
          } catch (RuntimeException e) {
            out.malformed(index, e.getMessage());
          }
          index++;
        }
      }
    }
  }

  /**
   * Parses a {@code LookupEvents} answer (the JSON the API returns): its events' embedded records
   * and its {@code NextToken}.
   */
  public static ParseResult parseLookupEvents(String answer) {
    EventCollector out = new EventCollector();
    JsonNode root;
    try {
      root = JSON.readTree(answer);
    } catch (IOException e) {
      out.malformed(-1, "the answer is not JSON");
      return out.result(null);
    }
    List<String> embedded = new ArrayList<>();
    for (JsonNode event : root.path("Events")) {
      embedded.add(JsonFields.text(event, "CloudTrailEvent"));
    }
    return parseRecords(embedded, JsonFields.text(root, "NextToken"));
  }

  /**
   * Parses records given one by one as JSON text (the SDK's {@code Event.cloudTrailEvent()}); a
   * null entry is an event that came without its record.
   */
  public static ParseResult parseRecords(List<String> records, String nextToken) {
    EventCollector out = new EventCollector();
    for (int i = 0; i < records.size(); i++) {
      try {
        if (records.get(i) == null) {
          throw new IllegalArgumentException("missing CloudTrailEvent");
        }
        out.add(record(JSON.readTree(records.get(i))));
      } catch (IOException | RuntimeException e) {
        out.malformed(i, e.getMessage());
      }
    }
    return out.result(nextToken);
  }

  /** One CloudTrail record; an exception saying what is missing when it is not one. */
  public static ActivityEvent record(JsonNode r) {
    if (r == null || !r.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = JsonFields.required(r, "eventID");
    String time = JsonFields.required(r, "eventTime");
    String action = JsonFields.required(r, "eventName");
    String service = JsonFields.required(r, "eventSource");
    JsonNode identity = r.path("userIdentity");
    String account = JsonFields.text(r, "recipientAccountId");
    if (account == null) {
      account = JsonFields.text(identity, "accountId");
    }
    List<String> resources = new ArrayList<>();
    for (JsonNode res : r.path("resources")) {
      String arn = JsonFields.text(res, "ARN");
      if (arn != null) {
        resources.add(arn);
      }
    }
    String error = JsonFields.text(r, "errorCode");
    return new ActivityEvent(id, JsonFields.instant(time, "eventTime"), "aws", account,
        orGlobal(JsonFields.text(r, "awsRegion")), principal(identity), JsonFields.text(r, "sourceIPAddress"),
        JsonFields.text(r, "userAgent"), service, action, resources, error == null, error,
        JsonFields.flatten(r.get("requestParameters")));
  }

  /** The identity to attribute a call to; see the class comment for assumed roles. */
  static String principal(JsonNode identity) {
    String type = JsonFields.text(identity, "type");
    if ("AssumedRole".equals(type)) {
      String issuer = JsonFields.text(identity, "sessionContext", "sessionIssuer", "arn");
      if (issuer != null) {
        return issuer;
      }
    }
    if ("AWSService".equals(type)) {
      return JsonFields.text(identity, "invokedBy");
    }
    String arn = JsonFields.text(identity, "arn");
    return arn != null ? arn : JsonFields.text(identity, "principalId");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static String orGlobal(String region) {
    return region == null || region.isBlank() ? "global" : region;
  }
}
