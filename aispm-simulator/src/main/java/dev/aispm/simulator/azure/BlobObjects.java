package dev.aispm.simulator.azure;

import dev.aispm.simulator.FunctionPackages;
import dev.aispm.simulator.aws.ModelArtifacts;
import dev.aispm.simulator.aws.SimulatedObjects;
import dev.aispm.simulator.aws.TrainingData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blobs of the simulated storage accounts, for the Azure content stage: the fraud model's
 * folder in the workspace's default container holds a pickle that runs a shell command when
 * loaded, the training container holds transactions with a leaked key pair and personal data (the
 * same generated records the simulated S3 serves), and the labels and run metrics are clean.
 * Paths are those the planted Azure ML models, data assets and jobs point to. The AI Services
 * account's archived diagnostic logs are {@link DiagnosticLogs}'.
 */
final class BlobObjects {
  /** ETag of every planted blob; Azure's ETags are quoted hex strings of this shape. */
  static final String ETAG = "\"0x8DC52A1B2C3D4E5\"";
  /** The version id Get Blob names on the training account, which has versioning on. */
  static final String VERSION = "2024-04-01T10:00:00.0000000Z";

  private final Map<String, TreeMap<String, byte[]>> containers = new ConcurrentHashMap<>();

  BlobObjects() {
    SimulatedObjects aws = new SimulatedObjects();
    TrainingData.plant(aws);
    put("acmetraindata", "training", "fraud/2024/part-00000.jsonl",
        aws.get("acme-training-data", "fraud/train/part-00000.jsonl").orElseThrow());
    put("acmetraindata", "training", "fraud/2024/part-00001.jsonl",
        aws.get("acme-training-data", "fraud/validation/part-00000.jsonl").orElseThrow());
    // A sibling the prefix fraud/2024 must not reach: it is not what the job reads.
    put("acmetraindata", "training", "fraud/2024-archive/part-00000.jsonl",
        "{\"note\":\"archived\"}\n".getBytes(StandardCharsets.UTF_8));
    put("acmetraindata", "training", "fraud/labels/labels-2023.csv",
        "transaction_id,label\ntx-100000,1\ntx-100001,0\n".getBytes(StandardCharsets.UTF_8));
    put("acmetraindata", "training", "fraud/labels/labels-2024.csv",
        "transaction_id,label\ntx-200000,0\ntx-200001,1\n".getBytes(StandardCharsets.UTF_8));
    put("acmemlworkspace", "azureml-blobstore-fraud", "models/fraud-detector/model.pkl", ModelArtifacts.maliciousPickle());
    put("acmemlworkspace", "azureml-blobstore-fraud", "models/fraud-detector/MLmodel",
        "flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n".getBytes(StandardCharsets.UTF_8));
    put("acmemlworkspace", "azureml-blobstore-fraud", "runs/train-fraud-2024/metrics/metrics.json",
        "{\"auc\": 0.93}\n".getBytes(StandardCharsets.UTF_8));
    // Function apps' packages: the Flex Consumption deployment container of the support bot (an
    // older deployment beside the current one) and the invoice function's run-from-package blob.
    put("acmemlworkspace", "app-package-acme-support-bot", "released-package-20240301.zip",
        FunctionPackages.azureInvoiceFunction());
    put("acmemlworkspace", "app-package-acme-support-bot", "released-package.zip", FunctionPackages.azureSupportBot());
    put("acmetraindata", "function-releases", "invoice-fn-20240401.zip", FunctionPackages.azureInvoiceFunction());
  }

  synchronized void put(String account, String container, String name, byte[] bytes) {
    containers.computeIfAbsent(account + "/" + container, c -> new TreeMap<>()).put(name, bytes);
  }

  /** Appends to a blob (created empty first), as Append Block does to an append blob. */
  synchronized void append(String account, String container, String name, byte[] bytes) {
    TreeMap<String, byte[]> blobs = containers.computeIfAbsent(account + "/" + container, c -> new TreeMap<>());
    byte[] before = blobs.getOrDefault(name, new byte[0]);
    byte[] after = Arrays.copyOf(before, before.length + bytes.length);
    System.arraycopy(bytes, 0, after, before.length, bytes.length);
    blobs.put(name, after);
  }

  /** Azure Monitor archives resource logs to append blobs; every other planted blob is a block blob. */
  static String blobType(String container) {
    return container.startsWith("insights-logs-") ? "AppendBlob" : "BlockBlob";
  }

  boolean hasContainer(String account, String container) {
    return containers.containsKey(account + "/" + container);
  }

  synchronized Optional<byte[]> get(String account, String container, String name) {
    return Optional.ofNullable(containers.getOrDefault(account + "/" + container, new TreeMap<>()).get(name));
  }

  /** Whether Get Blob names a version: the training account has blob versioning on. */
  static boolean versioned(String account) {
    return account.equals("acmetraindata");
  }

  /**
   * A List Blobs answer (the {@code EnumerationResults} document of the Blob REST reference) for
   * the blobs after {@code marker} that start with {@code prefix}, at most {@code max} of them,
   * with a NextMarker when more remain.
   */
  synchronized String list(String serviceEndpoint, String account, String container, String prefix, String marker, int max) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<EnumerationResults ServiceEndpoint=\"").append(escape(serviceEndpoint))
        .append("\" ContainerName=\"").append(escape(container)).append("\">");
    if (prefix != null) {
      xml.append("<Prefix>").append(escape(prefix)).append("</Prefix>");
    }
    if (marker != null) {
      xml.append("<Marker>").append(escape(marker)).append("</Marker>");
    }
    xml.append("<MaxResults>").append(max).append("</MaxResults><Blobs>");
    String next = null;
    int n = 0;
    for (Map.Entry<String, byte[]> e : containers.getOrDefault(account + "/" + container, new TreeMap<>()).entrySet()) {
      String name = e.getKey();
      if (prefix != null && !name.startsWith(prefix) || marker != null && name.compareTo(marker) < 0) {
        continue;
      }
      if (n == max) {
        next = name;
        break;
      }
      n++;
      xml.append("<Blob><Name>").append(escape(name)).append("</Name><Properties>")
          .append("<Creation-Time>Mon, 01 Apr 2024 10:00:00 GMT</Creation-Time>")
          .append("<Last-Modified>Mon, 01 Apr 2024 10:00:00 GMT</Last-Modified>")
          .append("<Etag>").append(ETAG.replace("\"", "")).append("</Etag>")
          .append("<Content-Length>").append(e.getValue().length).append("</Content-Length>")
          .append("<Content-Type>application/octet-stream</Content-Type>")
          .append("<BlobType>").append(blobType(container))
          .append("</BlobType><AccessTier>Hot</AccessTier><AccessTierInferred>true</AccessTierInferred>")
          .append("<LeaseStatus>unlocked</LeaseStatus><LeaseState>available</LeaseState>")
          .append("<ServerEncrypted>true</ServerEncrypted></Properties></Blob>");
    }
    xml.append("</Blobs><NextMarker>").append(next == null ? "" : escape(next)).append("</NextMarker></EnumerationResults>");
    return xml.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
