package dev.aispm.simulator.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.simulator.FunctionPackages;
import dev.aispm.simulator.aws.ModelArtifacts;
import dev.aispm.simulator.aws.SimulatedObjects;
import dev.aispm.simulator.aws.TrainingData;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The objects of the simulated Cloud Storage buckets, for the content stage: a model folder whose
 * pickle runs a shell command when loaded, training data holding a leaked key pair and personal
 * data (the same generated records the simulated S3 serves), and clean data for contrast. Answers
 * follow the JSON API's object resource and media download.
 */
final class GcsObjects {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, TreeMap<String, byte[]>> buckets = new ConcurrentHashMap<>();

  GcsObjects() {
    SimulatedObjects aws = new SimulatedObjects();
    TrainingData.plant(aws);
    put("acme-training-data", "fraud/transactions/part-00000.jsonl",
        aws.get("acme-training-data", "fraud/train/part-00000.jsonl").orElseThrow());
    put("acme-training-data", "churn/customers.csv",
        "customer_id,tenure_months,monthly_spend,churned\nc-1001,14,42.50,0\nc-1002,3,18.00,1\n".getBytes(StandardCharsets.UTF_8));
    put("acme-training-data", "support/train.jsonl", aws.get("acme-training-data", "fraud/validation/part-00000.jsonl").orElseThrow());
    put("acme-vertex-models", "fraud/model/model.pkl", ModelArtifacts.maliciousPickle());
    // A custom prediction routine's requirements beside the model: the serving container installs
    // an MLflow with a critical advisory (path traversal, fixed in 2.2.1), and LangChain Community
    // at whatever version the public index or the team's extra index serves highest.
    put("acme-vertex-models", "fraud/model/requirements.txt", """
        --extra-index-url https://pypi.acme-internal.example/simple
        mlflow==2.2.0
        scikit-learn==1.3.2
        langchain-community
        """.getBytes(StandardCharsets.UTF_8));
    put("acme-vertex-models", "fraud/model/", new byte[0]);
    // Cloud Functions (2nd gen) upload each function's source archive to this bucket.
    put("gcf-v2-sources-314159265358-us-central1", "ticket-router/function-source.zip",
        FunctionPackages.gcpTicketRouter());
    // research-workbench's post-startup script: an MLflow with a critical advisory (path traversal,
    // fixed in 2.2.1) pinned, and LangChain at whatever version is newest on the day it starts.
    put("acme-workbench-scripts", "research-workbench/setup.sh", """
        #!/bin/bash
        set -e
        sudo -u jupyter pip install --quiet mlflow==2.2.0 langchain
        echo "environment ready"
        """.getBytes(StandardCharsets.UTF_8));
  }

  void put(String bucket, String name, byte[] bytes) {
    buckets.computeIfAbsent(bucket, b -> new TreeMap<>()).put(name, bytes);
  }

  Optional<byte[]> get(String bucket, String name) {
    return Optional.ofNullable(buckets.getOrDefault(bucket, new TreeMap<>()).get(name));
  }

  /** An objects.list answer for the prefix (pages are cut by the router). */
  String list(String bucket, String prefix) {
    ObjectNode root = JSON.createObjectNode().put("kind", "storage#objects");
    ArrayNode items = root.putArray("items");
    buckets.getOrDefault(bucket, new TreeMap<>()).forEach((name, bytes) -> {
      if (prefix == null || name.startsWith(prefix)) {
        items.add(resource(bucket, name, bytes));
      }
    });
    return root.toString();
  }

  /** An objects.get metadata answer. */
  ObjectNode resource(String bucket, String name, byte[] bytes) {
    return JSON.createObjectNode().put("kind", "storage#object").put("id", bucket + "/" + name + "/1712000000000000")
        .put("name", name).put("bucket", bucket).put("generation", "1712000000000000").put("metageneration", "1")
        .put("contentType", name.endsWith(".pkl") ? "application/octet-stream" : "text/plain")
        .put("storageClass", "STANDARD").put("size", Long.toString(bytes.length))
        .put("timeCreated", "2024-04-01T10:00:00.000Z").put("updated", "2024-04-01T10:00:00.000Z").put("etag", "CIDg7Yrb");
  }
}
