package dev.aispm.bench.rules;

import dev.aispm.graph.connect.GraphConnection;
import dev.aispm.graph.connect.GraphSettings;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.write.SyncTag;
import dev.aispm.rules.catalog.RuleCatalog;
import dev.aispm.rules.engine.PostureEvaluator;
import dev.aispm.rules.engine.RuleEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Session;

/**
 * Times a full rule pass over a synthetic graph (default one million nodes) shaped like a large
 * organization: notebooks, jobs, models and endpoints in a ratio seen in real accounts, with roles,
 * buckets, prefixes and artifacts linking them, and a share of misconfigurations and exposures.
 *
 * <p>Run: {@code ./aispm bench rules [--nodes N]}. Prints the graph size, the time to evaluate
 * every rule, and the time of the full pass (evaluation, context scoring and finding storage).
 */
public final class RulePassBenchmark {
  private RulePassBenchmark() {}

  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  public static void run(String[] args, PrintStream out) throws IOException {
    int nodes = 1_000_000;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--nodes")) {
        nodes = Integer.parseInt(args[++i]);
      } else {
        throw new IllegalArgumentException("unknown option " + args[i] + " (--nodes N)");
      }
    }
    if (nodes < 10_000) {
      throw new IllegalArgumentException("--nodes must be at least 10000");
    }
    Path dir = Files.createTempDirectory("aispm-bench-rules");
    try (GraphConnection graph = GraphConnection.open(
        new GraphSettings(null, null, null, null, dir.resolve("neo4j"), 0, 1000), SchemaCatalog.standard())) {
      long t0 = System.nanoTime();
      long[] counts = generate(graph, nodes / 10);
      out.printf("Synthetic graph: %,d nodes, %,d relationships (built in %.1f s)%n", counts[0], counts[1],
          (System.nanoTime() - t0) / 1e9);
      RuleCatalog catalog = RuleCatalog.builtIn();

      long t1 = System.nanoTime();
      RuleEngine.Evaluation evaluation = new RuleEngine(graph.driver(), null).evaluateAll(catalog.rules());
      double evalSeconds = (System.nanoTime() - t1) / 1e9;
      out.printf("Rule evaluation: %d rules, %,d failing or unknown rows, %d errors in %.2f s%n", catalog.size(),
          evaluation.matches().size(), evaluation.errors().size(), evalSeconds);

      long t2 = System.nanoTime();
      PostureEvaluator.Result result = new PostureEvaluator(graph.driver(), null)
          .run(catalog, List.of("aws/111111111111/us-east-1"), new SyncTag("bench", Instant.now()));
      double fullSeconds = (System.nanoTime() - t2) / 1e9;
      out.printf("Full rule pass (evaluate, score in context, store findings): %,d findings in %.2f s%n",
          result.findings().size(), fullSeconds);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  // Each "unit" is ten nodes: notebook, role, bucket, prefix, training job, artifact, model,
  // endpoint, a second prefix and a second role, wired the way a collector writes them.
  private static long[] generate(GraphConnection graph, int units) {
    // Failure rates are a few percent to a quarter per setting, as in a real organization that has
    // some hygiene: a graph where everything fails measures finding storage, not rule evaluation.
    String cypher = """
        UNWIND range($from, $to - 1) AS i
        WITH i, 'aws/111111111111/us-east-1' AS scope, 'aws/111111111111/global' AS global
        CREATE (nb:Asset:Notebook:Compute:AWSSageMakerNotebookInstance {id: 'nb-' + i, type: 'AWSSageMakerNotebookInstance',
                name: 'nb-' + i, scope: scope, directInternetAccess: i % 29 = 0, rootAccess: i % 13 = 0,
                subnetId: CASE WHEN i % 31 = 0 THEN null ELSE 'subnet-' + (i % 50) END,
                kmsKeyId: CASE WHEN i % 9 = 0 THEN null ELSE 'key-' + (i % 7) END, tags: ['env=' + CASE WHEN i % 4 = 0 THEN 'prod' ELSE 'dev' END]})
        CREATE (role:Asset:Identity:AWSIAMRole {id: 'role-' + i, type: 'AWSIAMRole', name: 'role-' + i, scope: global,
                isAdmin: i % 97 = 0, canPassRole: i % 43 = 0, canCreateAiJobs: i % 2 = 0, privilegeLevel: 'read'})
        CREATE (role2:Asset:Identity:AWSIAMRole {id: 'role2-' + i, type: 'AWSIAMRole', name: 'role2-' + i, scope: global,
                isAdmin: false, canPassRole: false, canCreateAiJobs: false, privilegeLevel: 'write'})
        CREATE (b:Asset:DataStore:AWSS3Bucket {id: 'bucket-' + i, type: 'AWSS3Bucket', name: 'bucket-' + i, scope: global,
                publicAccessBlocked: i % 11 <> 0, policyPublicWrite: i % 101 = 0, aclPublic: false,
                versioning: CASE WHEN i % 8 = 0 THEN 'Suspended' ELSE 'Enabled' END})
        CREATE (p:Asset:DataObject:AWSS3Prefix {id: 's3://bucket-' + i + '/train/', type: 'AWSS3Prefix', name: 'train',
                uri: 's3://bucket-' + i + '/train/', scope: global, secretCount: CASE WHEN i % 17 = 0 THEN 1 ELSE 0 END})
        CREATE (out:Asset:DataObject:AWSS3Prefix {id: 's3://bucket-' + i + '/out/', type: 'AWSS3Prefix', name: 'out',
                uri: 's3://bucket-' + i + '/out/', scope: global})
        CREATE (j:Asset:TrainingJob:AWSSageMakerTrainingJob {id: 'job-' + i, type: 'AWSSageMakerTrainingJob', name: 'job-' + i,
                scope: scope, networkIsolation: i % 7 <> 0, interContainerEncryption: i % 5 <> 0,
                volumeKmsKeyId: CASE WHEN i % 10 = 0 THEN null ELSE 'key' END,
                subnetIds: CASE WHEN i % 12 = 0 THEN null ELSE ['subnet-' + (i % 50)] END})
        CREATE (a:Asset:DataObject:ModelArtifact:AWSModelArtifact {id: 's3://bucket-' + i + '/out/model.tar.gz',
                type: 'AWSModelArtifact', name: 'model.tar.gz', uri: 's3://bucket-' + i + '/out/model.tar.gz', scope: global,
                scanStatus: CASE WHEN i % 211 = 0 THEN 'malicious' ELSE 'clean' END})
        CREATE (m:Asset:Model:AWSSageMakerModel {id: 'model-' + i, type: 'AWSSageMakerModel', name: 'model-' + i, scope: scope,
                networkIsolation: i % 6 <> 0, subnetIds: CASE WHEN i % 14 = 0 THEN null ELSE ['subnet-' + (i % 50)] END})
        CREATE (e:Asset:Endpoint:AWSSageMakerEndpoint {id: 'ep-' + i, type: 'AWSSageMakerEndpoint', name: 'ep-' + i, scope: scope,
                dataCaptureEnabled: i % 4 <> 0, kmsKeyId: CASE WHEN i % 9 = 0 THEN null ELSE 'key' END})
        CREATE (nb)-[:RUNS_AS]->(role), (j)-[:RUNS_AS]->(role2), (m)-[:RUNS_AS]->(role2)
        CREATE (role)-[:CAN_READ]->(b), (role2)-[:CAN_WRITE]->(b)
        CREATE (p)-[:IN_BUCKET]->(b), (out)-[:IN_BUCKET]->(b), (a)-[:IN_BUCKET]->(b)
        CREATE (j)-[:READS]->(p), (j)-[:WRITES]->(out), (j)-[:PRODUCED]->(a)
        CREATE (m)-[:USES_ARTIFACT]->(a), (m)-[:SERVED_BY]->(e)
        """;
    try (Session s = graph.session()) {
      s.run("CREATE (:Asset:Internet {id: 'internet', type: 'Internet'})").consume();
      for (int start = 0; start < units; start += 2000) {
        Map<String, Object> range = Map.of("from", start, "to", Math.min(units, start + 2000));
        s.executeWriteWithoutResult(tx -> tx.run(cypher, range).consume());
      }
      s.run("""
          MATCH (i:Internet), (n:Notebook) WHERE n.directInternetAccess
          CALL { WITH i, n CREATE (i)-[:CAN_REACH]->(n) } IN TRANSACTIONS OF 10000 ROWS
          """).consume();
      long n = s.run("MATCH (n) RETURN count(n)").single().get(0).asLong();
      long r = s.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong();
      return new long[] {n, r};
    }
  }
}
