package dev.aispm.bench.misuse;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.misuse.detect.DetectorSettings;
import dev.aispm.misuse.event.ParseResult;
import dev.aispm.misuse.ingest.IngestSettings;
import dev.aispm.misuse.ingest.MisuseEngine;
import dev.aispm.misuse.source.aws.CloudTrailParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.neo4j.driver.Session;

/**
 * Events per second through parse, detect and graph: generated CloudTrail log files (gzip JSON,
 * 5,000 records each, default one million records over one day) read by the misuse engine into an
 * embedded Neo4j holding a small AI inventory. The mix is what an AI account logs: model
 * invocations by a few application roles, training-data writes and reads, control-plane reads,
 * and a planted share of misuse (new callers, a bulk delete, models from unscanned artifacts,
 * guardrail deletions) so that detections are written too.
 *
 * <p>Run: {@code ./aispm bench misuse [--events N] [--seed S]}. Generation is not timed; the
 * figure covers reading the files from disk, gunzip, parsing, every detector, and the graph
 * writes of detections, baselines and checkpoints.
 */
public final class MisuseBenchmark {
  static final int PER_FILE = 5_000;
  static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  static final String ACCOUNT = "111111111111";

  private MisuseBenchmark() {}

  public static void run(String[] args, PrintStream out) throws IOException {
    int events = 1_000_000;
    long seed = 42;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--events" -> events = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--events N, --seed S)");
      }
    }
    if (events < PER_FILE) {
      throw new IllegalArgumentException("--events must be at least " + PER_FILE);
    }
    Path dir = Files.createTempDirectory("aispm-bench-misuse");
    try {
      long g0 = System.nanoTime();
      List<Path> files = generate(dir.resolve("logs"), events, new Random(seed));
      long bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
      }
      out.printf("Generated %,d CloudTrail records in %d gzip log files (%.1f MB) in %.1f s%n", events, files.size(),
          bytes / 1e6, (System.nanoTime() - g0) / 1e9);
      try (GraphConnection graph = GraphConnection.open(
          new GraphSettings(null, null, null, null, dir.resolve("neo4j"), 0, 1000), SchemaCatalog.standard())) {
        inventory(graph);
        Clock clock = Clock.fixed(START.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        // A one-hour learning window: the generated day has hours of baseline and hours of novelty.
        DetectorSettings detectors = new DetectorSettings(Duration.ofHours(1), 200, 10.0, 100, Duration.ofMinutes(15));
        IngestSettings ingest = new IngestSettings(Duration.ofDays(2), Duration.ofMinutes(15), 50_000);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long peak = 0;
        long t0 = System.nanoTime();
        MisuseEngine engine = new MisuseEngine(graph, ingest, detectors, clock);
        MisuseEngine.SourceRun run = engine.openByKey("aws/cloudtrail/bench-trail/AWSLogs/" + ACCOUNT
            + "/CloudTrail/us-east-1/", "aws", ACCOUNT);
        for (Path f : files) {
          ParseResult unit;
          try (InputStream in = Files.newInputStream(f)) {
            unit = CloudTrailParser.parseLogFile(in);
          }
          run.accept(unit, f.getFileName().toString());
          peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
        }
        run.commit();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long written;
        try (Session s = graph.session()) {
          written = s.run("MATCH (d:MisuseDetection) RETURN count(d) AS n").single().get("n").asLong();
        }
        out.printf("Parse -> detect -> graph: %,d events in %.2f s = %,.0f events/s (%d malformed)%n",
            run.admitted(), seconds, run.admitted() / seconds, run.malformed());
        out.printf("Detection records in the graph: %,d; heap in use at most %.0f MiB (max heap %.0f MiB), %d cores%n",
            written, peak / 1048576.0, rt.maxMemory() / 1048576.0, rt.availableProcessors());
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void inventory(GraphConnection graph) {
    try (Session s = graph.session()) {
      s.run("""
          UNWIND range(0, 9) AS i
          CREATE (:Asset:DataStore:AWSS3Bucket {id: 'arn:aws:s3:::training-' + i, type: 'AWSS3Bucket', provider: 'aws',
                  account: $account, region: 'us-east-1', scope: 'aws/' + $account + '/us-east-1', name: 'training-' + i,
                  usedByAi: true})
          CREATE (:Asset:Identity:AWSIAMRole {id: 'arn:aws:iam::' + $account + ':role/app-' + i, type: 'AWSIAMRole',
                  provider: 'aws', account: $account, region: 'global', scope: 'aws/' + $account + '/global',
                  name: 'app-' + i})
          CREATE (:Asset:ModelArtifact:DataObject:AWSModelArtifact {id: 's3://models/m' + i + '/model.tar.gz',
                  type: 'AWSModelArtifact', provider: 'aws', account: $account, region: 'us-east-1',
                  scope: 'aws/' + $account + '/us-east-1', uri: 's3://models/m' + i + '/model.tar.gz', scanStatus: 'clean'})
          """, java.util.Map.of("account", ACCOUNT)).consume();
    }
  }

  /** Writes the log files, their records in time order over one day. */
  static List<Path> generate(Path dir, int events, Random random) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    long span = Duration.ofDays(1).toMillis();
    int file = 0;
    for (int from = 0; from < events; from += PER_FILE) {
      Path p = dir.resolve(String.format("%s_CloudTrail_us-east-1_%06d.json.gz", ACCOUNT, file++));
      try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16), 1 << 16)) {
        out.write("{\"Records\":[".getBytes(StandardCharsets.UTF_8));
        int to = Math.min(events, from + PER_FILE);
        for (int i = from; i < to; i++) {
          if (i > from) {
            out.write(',');
          }
          Instant at = START.plusMillis(span * i / events);
          out.write(record(i, at, random).getBytes(StandardCharsets.UTF_8));
        }
        out.write("]}".getBytes(StandardCharsets.UTF_8));
      }
      files.add(p);
    }
    return files;
  }

  static String record(int i, Instant at, Random r) {
    int kind = r.nextInt(1000);
    int app = r.nextInt(10);
    String role = "arn:aws:iam::" + ACCOUNT + ":role/app-" + app;
    String identity = "{\"type\":\"AssumedRole\",\"principalId\":\"AROA" + app + ":s\",\"arn\":\"arn:aws:sts::" + ACCOUNT
        + ":assumed-role/app-" + app + "/s\",\"accountId\":\"" + ACCOUNT + "\",\"sessionContext\":{\"sessionIssuer\":"
        + "{\"type\":\"Role\",\"arn\":\"" + role + "\",\"accountId\":\"" + ACCOUNT + "\",\"userName\":\"app-" + app + "\"}}}";
    String ip = "10.0." + app + ".15";
    String agent = "Boto3/1.35.0 md/Botocore#1.35.0 ua/2.0 os/linux#5.10 lang/python#3.12.4";
    String source;
    String name;
    String params;
    String resources = "";
    if (kind < 600) {
      source = "bedrock.amazonaws.com";
      name = kind % 2 == 0 ? "InvokeModel" : "Converse";
      params = "{\"modelId\":\"anthropic.model-" + (kind % 10) + "\"}";
    } else if (kind < 850) {
      source = "s3.amazonaws.com";
      name = kind < 750 ? "GetObject" : "PutObject";
      String bucket = "training-" + app;
      String key = "data/part-" + (i % 5000) + ".jsonl";
      params = "{\"bucketName\":\"" + bucket + "\",\"Host\":\"" + bucket + ".s3.us-east-1.amazonaws.com\",\"key\":\"" + key + "\"}";
      resources = ",\"resources\":[{\"type\":\"AWS::S3::Object\",\"ARN\":\"arn:aws:s3:::" + bucket + "/" + key
          + "\"},{\"accountId\":\"" + ACCOUNT + "\",\"type\":\"AWS::S3::Bucket\",\"ARN\":\"arn:aws:s3:::" + bucket + "\"}]";
    } else if (kind < 990) {
      source = "sagemaker.amazonaws.com";
      name = "DescribeEndpoint";
      params = "{\"endpointName\":\"ep-" + app + "\"}";
    } else {
      // The planted share: outsiders from new addresses, models from unscanned artifacts, guardrails deleted.
      identity = "{\"type\":\"IAMUser\",\"principalId\":\"AIDAX" + (kind % 3) + "\",\"arn\":\"arn:aws:iam::" + ACCOUNT
          + ":user/outsider-" + (kind % 3) + "\",\"accountId\":\"" + ACCOUNT + "\",\"userName\":\"outsider-" + (kind % 3) + "\"}";
      ip = "203.0.113." + (kind % 50);
      agent = "python-requests/2.31.0";
      switch (kind % 4) {
        case 0 -> {
          source = "bedrock.amazonaws.com";
          name = "InvokeModel";
          params = "{\"modelId\":\"anthropic.model-" + (kind % 10) + "\"}";
        }
        case 1 -> {
          source = "sagemaker.amazonaws.com";
          name = "CreateModel";
          params = "{\"modelName\":\"m-" + i + "\",\"primaryContainer\":{\"modelDataUrl\":\"s3://drop/m-" + (i % 20)
              + "/model.tar.gz\"}}";
        }
        case 2 -> {
          source = "bedrock.amazonaws.com";
          name = "DeleteGuardrail";
          params = "{\"guardrailIdentifier\":\"gr-" + (i % 5) + "\"}";
        }
        default -> {
          source = "s3.amazonaws.com";
          name = "DeleteObject";
          String bucket = "training-" + app;
          params = "{\"bucketName\":\"" + bucket + "\",\"key\":\"data/part-" + i + ".jsonl\"}";
        }
      }
    }
    return "{\"eventVersion\":\"1.09\",\"userIdentity\":" + identity + ",\"eventTime\":\"" + at + "\",\"eventSource\":\""
        + source + "\",\"eventName\":\"" + name + "\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"" + ip
        + "\",\"userAgent\":\"" + agent + "\",\"requestParameters\":" + params + ",\"responseElements\":null,"
        + "\"requestID\":\"req-" + i + "\",\"eventID\":\"" + new java.util.UUID(0x5eedL, i) + "\",\"readOnly\":"
        + name.startsWith("Get") + resources + ",\"eventType\":\"AwsApiCall\",\"managementEvent\":"
        + !source.startsWith("s3") + ",\"recipientAccountId\":\"" + ACCOUNT + "\",\"eventCategory\":\""
        + (source.startsWith("s3") ? "Data" : "Management") + "\"}";
  }
}
