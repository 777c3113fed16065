package dev.aispm.simulator.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The organization trail's log files in {@code acme-cloudtrail}, as CloudTrail delivers them
 * (gzip JSON {@code {"Records":[...]}} under
 * {@code AWSLogs/ORG/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/}), with a recorded morning of the
 * production account in which misuse is planted: a contractor deletes 120 objects of the fraud
 * training set, deploys a model from an artifact nobody scanned and deletes a Bedrock guardrail.
 * Times are relative to the simulator's start, so the records fall inside a first scan's backfill
 * window whenever the demo runs.
 */
public final class ActivityTrail {
  public static final String BUCKET = "acme-cloudtrail";
  static final String ACCOUNT = "111111111111";
  static final String ORG = "o-acme7k2p9x";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd/").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);

  private ActivityTrail() {}

  public static void plant(SimulatedObjects objects, Instant now) {
    Instant t = now.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(3));
    String folder = "AWSLogs/" + ORG + "/" + ACCOUNT + "/CloudTrail/us-east-1/";
    List<String> first = new ArrayList<>();
    first.add(record("evt-0001", t, etl(), "s3.amazonaws.com", "PutObject", "10.0.3.9", "aws-sdk-java/2.40.2",
        "{\"bucketName\":\"acme-training-data\",\"key\":\"fraud/train/part-00001.jsonl\"}",
        objectResources("acme-training-data", List.of("fraud/train/part-00001.jsonl"))));
    first.add(record("evt-0002", t.plusSeconds(60), etl(), "bedrock.amazonaws.com", "ListGuardrails", "10.0.3.9",
        "aws-sdk-java/2.40.2", "{}", ""));
    List<String> second = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      keys.add(String.format("fraud/train/part-%05d.jsonl", i));
    }
    second.add(record("evt-0003", t.plusSeconds(3600), contractor(), "s3.amazonaws.com", "DeleteObjects",
        "203.0.113.50", "aws-cli/2.17.0", "{\"bucketName\":\"acme-training-data\",\"delete\":\"\"}",
        objectResources("acme-training-data", keys)));
    second.add(record("evt-0004", t.plusSeconds(3900), contractor(), "sagemaker.amazonaws.com", "CreateModel",
        "203.0.113.50", "aws-cli/2.17.0", "{\"modelName\":\"fraud-detector-v2\",\"primaryContainer\":{\"image\":"
            + "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3\",\"modelDataUrl\":"
            + "\"s3://acme-models/fraud-detector-v2/model.tar.gz\"},\"executionRoleArn\":\"arn:aws:iam::" + ACCOUNT
            + ":role/acme-sagemaker-exec\"}", ""));
    second.add(record("evt-0005", t.plusSeconds(4200), contractor(), "bedrock.amazonaws.com", "DeleteGuardrail",
        "203.0.113.50", "aws-cli/2.17.0", "{\"guardrailIdentifier\":\"arn:aws:bedrock:us-east-1:" + ACCOUNT
            + ":guardrail/support-bot-guardrail\"}", ""));
    put(objects, folder, t.plusSeconds(300), "a1", first);
    put(objects, folder, t.plusSeconds(4500), "b2", second);
  }

  private static void put(SimulatedObjects objects, String folder, Instant delivered, String id, List<String> records) {
    String key = folder + DAY.format(delivered) + ACCOUNT + "_CloudTrail_us-east-1_" + STAMP.format(delivered) + "_" + id
        + ".json.gz";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(("{\"Records\":[" + String.join(",", records) + "]}").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    objects.put(BUCKET, key, out.toByteArray());
  }

  private static String etl() {
    return "{\"type\":\"AssumedRole\",\"principalId\":\"AROAACMEETL:etl\",\"arn\":\"arn:aws:sts::" + ACCOUNT
        + ":assumed-role/acme-etl/etl\",\"accountId\":\"" + ACCOUNT + "\",\"sessionContext\":{\"sessionIssuer\":"
        + "{\"type\":\"Role\",\"arn\":\"arn:aws:iam::" + ACCOUNT + ":role/acme-etl\",\"accountId\":\"" + ACCOUNT
        + "\",\"userName\":\"acme-etl\"}}}";
  }

  private static String contractor() {
    return "{\"type\":\"IAMUser\",\"principalId\":\"AIDAACMECONTRACTOR1\",\"arn\":\"arn:aws:iam::" + ACCOUNT
        + ":user/contractor\",\"accountId\":\"" + ACCOUNT + "\",\"userName\":\"contractor\"}";
  }

  private static String objectResources(String bucket, List<String> keys) {
    StringBuilder sb = new StringBuilder(",\"resources\":[");
    for (String k : keys) {
      sb.append("{\"type\":\"AWS::S3::Object\",\"ARN\":\"arn:aws:s3:::").append(bucket).append('/').append(k).append("\"},");
    }
    return sb.append("{\"accountId\":\"").append(ACCOUNT).append("\",\"type\":\"AWS::S3::Bucket\",\"ARN\":\"arn:aws:s3:::")
        .append(bucket).append("\"}]").toString();
  }

  private static String record(String id, Instant at, String identity, String source, String name, String ip,
      String agent, String params, String resources) {
    boolean data = source.startsWith("s3");
    return "{\"eventVersion\":\"1.09\",\"userIdentity\":" + identity + ",\"eventTime\":\"" + at + "\",\"eventSource\":\""
        + source + "\",\"eventName\":\"" + name + "\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"" + ip
        + "\",\"userAgent\":\"" + agent + "\",\"requestParameters\":" + params + ",\"responseElements\":null,"
        + "\"requestID\":\"req-" + id + "\",\"eventID\":\"" + id + "\",\"readOnly\":" + name.startsWith("List")
        + resources + ",\"eventType\":\"AwsApiCall\",\"managementEvent\":" + !data + ",\"recipientAccountId\":\""
        + ACCOUNT + "\",\"eventCategory\":\"" + (data ? "Data" : "Management") + "\"}";
  }
}
