package dev.aispm.collectors.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The real Google clients and REST calls against the simulated organization, into a real Neo4j. */
class GcpCollectorIT {
  @TempDir
  static Path dir;
  static SimulatedGcpScan sim;

  @BeforeAll
  static void start() {
    sim = new SimulatedGcpScan(dir);
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    InProcessNeo4j.reset();
    sim.gcp.resetFaults();
  }

  @Test
  void collectsTheOrganizationsAiAssetsAndRecordsTheDeniedProject() {
    ScanLedger ledger = sim.scan(sim.environment(Map.of()), "gcp-1");

    List<ScopeOutcome> failures = ledger.failures();
    assertThat(failures).isNotEmpty().allSatisfy(f -> assertThat(f.scope().account()).isEqualTo("acme-restricted"));
    assertThat(failures).anySatisfy(f -> assertThat(f.missingPermission()).isEqualTo("serviceusage.services.list"));
    assertThat(failures).anySatisfy(f -> assertThat(f.missingPermission()).isEqualTo("storage.buckets.list"));
    // Its audit logs too: the Data Access read names the private-logs permission.
    assertThat(failures).anySatisfy(f -> {
      assertThat(f.resourceType()).isEqualTo("activity");
      assertThat(f.missingPermission()).isEqualTo("logging.privateLogEntries.list");
    });
    // Images that depend on a denied listing say so in words, naming the call they depend on.
    assertThat(failures).anySatisfy(f -> {
      assertThat(f.resourceType()).isEqualTo("GCPArtifactImage");
      assertThat(f.operation()).isEqualTo("artifactregistry.locations.list");
      assertThat(f.error()).isEqualTo("not read: the project's repository locations could not be listed");
    });

    // Artifact Registry: the public ml-serving repository and its ranker image, whose zstd layer
    // hides the Anthropic SDK and a Gradio with advisories; the base image holds no AI.
    assertThat(count("MATCH (r:GCPArtifactRepository {name: 'ml-serving', publiclyReadable: true}) RETURN count(r)"))
        .isEqualTo(1);
    // The batch scorer's newest build, and the older one its Cloud Run service runs (ServerlessWorkloadIT).
    assertThat(count("MATCH (i:GCPArtifactImage {imageScan: 'scanned'}) RETURN count(i)")).isEqualTo(4);
    assertThat(count("""
        MATCH (i:GCPArtifactImage {repositoryName: 'acme-vertex-prod/ml-serving/ranker'})-[:USES_PACKAGE]->(p:SoftwarePackage)
        WHERE p.name IN ['anthropic', 'gradio'] RETURN count(p)""")).isEqualTo(2);
    assertThat(count("""
        MATCH (:GCPArtifactImage)-[:USES_PACKAGE]->(:SoftwarePackage {name: 'gradio'})-[:AFFECTED_BY]->(a:Advisory)
        RETURN count(a)""")).isGreaterThan(0);
    assertThat(count("MATCH (:GCPArtifactImage)-[:IN_REPOSITORY]->(:GCPArtifactRepository) RETURN count(*)"))
        .isEqualTo(4);

    // acme-vertex-prod's audit logs, read oldest first through nextPageToken pages: the endpoint
    // granted to allUsers, a key created for the account it runs as, the training set deleted.
    assertThat(count("MATCH (d:MisuseDetection {provider: 'gcp'}) RETURN count(d)")).isEqualTo(3);
    assertThat(count("""
        MATCH (d:MisuseDetection {detector: 'misuse_ai_control_plane_weakened', principal: 'contractor@acme.example'})
        WHERE d.targetId ENDS WITH '/endpoints/2001' RETURN count(d)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (d:MisuseDetection {detector: 'misuse_ai_identity_key_created'})
        WHERE d.targetId = 'vertex-serving@acme-vertex-prod.iam.gserviceaccount.com' RETURN count(d)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (d:MisuseDetection {detector: 'misuse_training_data_bulk_delete'})-[:TARGETS]->(b:GCSBucket {name: 'acme-training-data'})
        RETURN count(d)""")).isEqualTo(1);
    assertThat(count("MATCH (c:ActivityCheckpoint {id: 'gcp/acme-vertex-prod/audit-logs'}) RETURN c.eventsRead"))
        .as("every entry of the planted morning").isEqualTo(115);

    assertThat(count("MATCH (p:CloudAccount:GCPProject {scanned: true}) RETURN count(p)")).isEqualTo(3);
    assertThat(count("MATCH (e:Endpoint:VertexEndpoint) RETURN count(e)")).isEqualTo(2);
    assertThat(count("MATCH (m:Model:VertexModel) RETURN count(m)")).isEqualTo(3);
    // Custom jobs, training pipelines (AutoML and custom) and tuning jobs, the hyperparameter tuning job and the NAS job.
    assertThat(count("MATCH (j:TrainingJob) WHERE j.provider = 'gcp' RETURN count(j)")).isEqualTo(8);
    assertThat(count("MATCH (j:ProcessingJob:VertexBatchPredictionJob) RETURN count(j)")).isEqualTo(2);
    assertThat(count("MATCH (n:Notebook:GCPWorkbenchInstance) RETURN count(n)")).isEqualTo(3);
    assertThat(count("MATCH (b:DataStore:GCSBucket) WHERE b.stub IS NULL RETURN count(b)")).isEqualTo(4);
    assertThat(count("MATCH (s:Identity:GCPServiceAccount) WHERE s.stub IS NULL RETURN count(s)")).isEqualTo(5);

    Record nb = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(n:GCPWorkbenchInstance {name: 'research-workbench'})-[:RUNS_AS]->(s:Identity)
        RETURN n.publicIp AS ip, n.rootAccess AS root, n.secureBoot AS secure, n.usesDefaultComputeAccount AS dc,
               c.ports AS ports, s.isEditor AS editor, s.privilegeLevel AS level, s.isDefaultComputeAccount AS isDc""");
    assertThat(nb.get("ip").asBoolean()).isTrue();
    assertThat(nb.get("root").asBoolean()).isTrue();
    assertThat(nb.get("secure").asBoolean()).isFalse();
    assertThat(nb.get("dc").asBoolean()).isTrue();
    assertThat(nb.get("ports").asList()).containsExactly("tcp:22", "tcp:8888");
    assertThat(nb.get("editor").asBoolean()).isTrue();
    assertThat(nb.get("level").asString()).isEqualTo("write");
    assertThat(nb.get("isDc").asBoolean()).isTrue();

    // research-workbench's post-startup script, read from Cloud Storage: a critical MLflow and an
    // unpinned LangChain; secure-workbench names no script and says nothing about its installs.
    assertThat(count("""
        MATCH (n:GCPWorkbenchInstance {name: 'research-workbench', installScan: 'scanned'})
              -[:USES_PACKAGE]->(:SoftwarePackage {name: 'mlflow', version: '2.2.0'})
              -[:AFFECTED_BY]->(a:Advisory {severity: 'critical'})
        RETURN count(a)""")).isGreaterThan(0);
    assertThat(count("""
        MATCH (:GCPWorkbenchInstance {name: 'research-workbench'})-[:USES_PACKAGE]->(p:SoftwarePackage {name: 'langchain'})
        WHERE p.version IS NULL RETURN count(p)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (n:GCPWorkbenchInstance {name: 'secure-workbench'})
        WHERE n.installScan IS NULL AND NOT EXISTS { (n)-[:USES_PACKAGE]->() } RETURN count(n)""")).isEqualTo(1);

    Record secure = one("""
        MATCH (n:GCPWorkbenchInstance {name: 'secure-workbench'})
        RETURN n.publicIp AS ip, n.rootAccess AS root, n.cmekEnabled AS cmek, n.idleShutdownSeconds AS idle,
               EXISTS { (:Internet)-[:CAN_REACH]->(n) } AS reachable""");
    assertThat(secure.get("ip").asBoolean()).isFalse();
    assertThat(secure.get("root").asBoolean()).isFalse();
    assertThat(secure.get("cmek").asBoolean()).isTrue();
    assertThat(secure.get("idle").asLong()).isEqualTo(10800L);
    assertThat(secure.get("reachable").asBoolean()).isFalse();

    Record bucket = one("""
        MATCH (b:GCSBucket {name: 'acme-training-data'})
        RETURN b.policyPublicWrite AS write, b.aclPublic AS acl, b.uniformBucketLevelAccess AS uniform, b.usedByAi AS ai""");
    assertThat(bucket.get("write").asBoolean()).isTrue();
    assertThat(bucket.get("acl").asBoolean()).isTrue();
    assertThat(bucket.get("uniform").asBoolean()).isFalse();
    assertThat(bucket.get("ai").asBoolean()).isTrue();

    // The job's model folder is the artifact the served model uses: training data reaches the endpoint.
    assertThat(count("""
        MATCH (:GCSBucket {name: 'acme-training-data'})<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(:VertexCustomJob {name: 'fraud-train'})
              -[:PRODUCED]->(:ModelArtifact)<-[:USES_ARTIFACT]-(:VertexModel {name: 'fraud-detector'})
              -[:SERVED_BY]->(e:VertexEndpoint {name: 'fraud-endpoint'})<-[:CAN_REACH]-(:Internet)
        RETURN count(e)""")).isEqualTo(1);
    assertThat(count("MATCH (:VertexEndpoint {name: 'churn-psc-endpoint'})<-[:CAN_REACH]-() RETURN count(*)")).isZero();
    assertThat(count("""
        MATCH (:GCPServiceAccount {name: 'vertex-serving@acme-vertex-prod.iam.gserviceaccount.com'})
              -[:HAS_KEY]->(k:GCPServiceAccountKey {neverExpires: true}) RETURN count(k)""")).isEqualTo(1);
    // Bindings of the organization apply in every project below it.
    assertThat(one("MATCH (s:GCPServiceAccount {name: 'vertex-serving@acme-vertex-prod.iam.gserviceaccount.com'}) "
        + "RETURN s.actAsMembers AS m").get("m").asList()).contains("group:platform-admins@acme.example",
        "user:intern@acme.example");
    // The default network's route to the internet gateway was read (compute.routes.list).
    assertThat(count("""
        MATCH (:GCPFirewall:Firewall {name: 'allow-jupyter-from-anywhere'})-[:IN_VPC]->
              (n:GCPNetwork {name: 'default', routesToInternetGateway: true})<-[:IN_VPC]-(:GCPWorkbenchInstance)
        RETURN count(DISTINCT n)""")).isEqualTo(1);
    // The pipeline account's own policy: who can act as it, beyond the project's grants.
    assertThat(count("""
        MATCH (:GCPServiceAccount {name: 'vertex-serving@acme-vertex-prod.iam.gserviceaccount.com'})
              -[r:CAN_ACT_AS {via: 'serviceAccountTokenCreator', policy: 'serviceAccount'}]->
              (:GCPServiceAccount {name: 'vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com', iamPolicyRead: true})
        RETURN count(r)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (:GCPPrincipal {member: 'user:contractor@partner.example', memberType: 'user'})-[r:CAN_ACT_AS]->
              (:GCPServiceAccount {name: 'vertex-pipelines@acme-vertex-prod.iam.gserviceaccount.com'})
        RETURN count(r)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (:GCPPrincipal {member: 'user:contractor@partner.example'})-[r:CAN_ACT_AS]->
              (:GCPServiceAccount {name: 'workbench-secure@acme-vertex-prod.iam.gserviceaccount.com'})
        RETURN count(r)""")).isZero();
    assertThat(count("""
        MATCH (s:GCPServiceAccount {name: 'research-runner@acme-ml-research.iam.gserviceaccount.com', isAdmin: true})
              -[:CAN_WRITE]->(:GCSBucket {name: 'acme-research-scratch'}) RETURN count(s)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (:VertexPipelineJob {name: 'nightly-retrain', usesDefaultComputeAccount: true})-[:RUNS_AS]->
              (:GCPServiceAccount {isDefaultComputeAccount: true}) RETURN count(*)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (:VertexTrainingPipeline)-[:PRODUCED]->(:VertexModel {name: 'churn-automl'}),
              (:VertexTrainingPipeline)-[:READS]->(:GCSPrefix {uri: 'gs://acme-training-data/churn/customers.csv'})
        RETURN count(*)""")).isEqualTo(1);
    assertThat(count("MATCH (:Internet)-[:CAN_REACH]->(i:VertexIndexEndpoint) RETURN count(i)")).isEqualTo(1);
    assertThat(count("MATCH (r:VertexColabRuntime {internetAccess: true}) RETURN count(r)")).isEqualTo(1);
    assertThat(count("MATCH (f:VertexFeatureOnlineStore {publicEndpoint: true}) RETURN count(f)")).isEqualTo(1);
    assertThat(count("MATCH (t:VertexTuningJob)-[:PRODUCED]->(:VertexModel {name: 'support-bot'}) RETURN count(t)")).isEqualTo(1);
    // Batch prediction lineage: a job scoring inputs from the publicly readable scratch bucket.
    assertThat(count("""
        MATCH (j:VertexBatchPredictionJob {name: 'fraud-nightly-scoring'})-[:READS]->(:GCSPrefix)-[:IN_BUCKET]->
              (:GCSBucket {name: 'acme-research-scratch', policyPublic: true}),
              (j)-[:USES_MODEL]->(:VertexModel {name: 'fraud-detector'}),
              (j)-[:WRITES]->(:GCSPrefix {uri: 'gs://acme-vertex-models/fraud/predictions/'})
        RETURN count(DISTINCT j)""")).isEqualTo(1);
    assertThat(count("MATCH (j:VertexHyperparameterTuningJob {enableWebAccess: true})-[:RUNS_AS]->(:GCPServiceAccount) "
        + "RETURN count(DISTINCT j)")).isEqualTo(1);
    assertThat(count("MATCH (j:VertexNasJob)-[:RUNS_AS]->(s:GCPServiceAccount) RETURN count(s)")).isEqualTo(2);
    assertThat(count("MATCH (f:VertexFeaturestore {onlineServing: true}) RETURN count(f)")).isEqualTo(2);
    assertThat(count("MATCH (r:VertexColabRuntime {proxyAccess: true, postStartupScript: true}) RETURN count(r)")).isEqualTo(1);
    // Custom roles: a project role writing objects, bound on the training bucket to another project's
    // account, and an organization role holding actAs, bound on the project.
    assertThat(count("""
        MATCH (:GCPPrincipal {member: 'serviceAccount:etl-runner@acme-partner-etl.iam.gserviceaccount.com'})
              -[r:CAN_WRITE]->(:GCSBucket {name: 'acme-training-data'}) RETURN count(r)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (:GCPPrincipal {member: 'serviceAccount:ci-deployer@acme-partner-etl.iam.gserviceaccount.com'})
              -[r:CAN_ACT_AS {via: 'customRole'}]->(:GCPServiceAccount) RETURN count(r)""")).isEqualTo(4);
    assertThat(count("""
        MATCH (:GCPPrincipal {member: 'group:model-risk@acme.example'})-[r:CAN_WRITE|CAN_ACT_AS]->() RETURN count(r)"""))
        .isZero();
    // The content stage read the objects the inventory linked: a pickle that runs a command, leaked keys.
    Record model = one("MATCH (a:GCSModelArtifact {uri: 'gs://acme-vertex-models/fraud/model/'}) "
        + "RETURN a.scanStatus AS status, a.scanFindingCount AS n");
    assertThat(model.get("status").asString()).isEqualTo("malicious");
    assertThat(model.get("n").asLong()).isPositive();
    // The requirements packaged with the model: what its serving container installs, with the advisory.
    assertThat(count("""
        MATCH (:GCSModelArtifact {uri: 'gs://acme-vertex-models/fraud/model/', codeScanComplete: true})
              -[:USES_PACKAGE]->(:SoftwarePackage {name: 'mlflow', version: '2.2.0'})
              -[:AFFECTED_BY]->(:Advisory {advisoryId: 'GHSA-xg73-94fp-g449'}) RETURN count(*)""")).isEqualTo(1);
    Record data = one("MATCH (p:GCSPrefix {uri: 'gs://acme-training-data/fraud/transactions/'}) "
        + "RETURN p.secretCount AS secrets, p.piiCount AS pii, p.objectsScanned AS objects");
    assertThat(data.get("secrets").asLong()).isPositive();
    assertThat(data.get("pii").asLong()).isPositive();
    assertThat(data.get("objects").asLong()).isEqualTo(1L);
    assertThat(count("MATCH (c:ContentFinding)-[:FOUND_IN]->(:GCSPrefix) WHERE c.preview IS NOT NULL RETURN count(c)"))
        .isPositive();
    // Each content finding names its object and the generation and ETag that were read.
    assertThat(count("""
        MATCH (c:ContentFinding)-[:FOUND_IN]->(:GCSPrefix {uri: 'gs://acme-training-data/fraud/transactions/'})
        WHERE c.objectUri STARTS WITH 'gs://acme-training-data/fraud/transactions/' AND c.versionId = '1712000000000000'
          AND c.etag IS NOT NULL RETURN count(c)""")).isPositive();
    // The provenance listing: each object under the input with its generation, update time and hash.
    Record listed = one("""
        MATCH (l:ListedObject)-[:LISTED_UNDER]->(p:GCSPrefix {uri: 'gs://acme-training-data/fraud/transactions/'})
        RETURN l.versionId AS generation, toString(l.lastModified) AS updated, l.sha256 AS sha256, l.etag AS etag,
               p.listingComplete AS complete""");
    assertThat(listed.get("generation").asString()).isEqualTo("1712000000000000");
    assertThat(listed.get("updated").asString()).startsWith("2024-04-01T10:00");
    assertThat(listed.get("sha256").asString()).matches("[0-9a-f]{64}");
    assertThat(listed.get("etag").asString()).isNotBlank();
    assertThat(listed.get("complete").asBoolean()).isTrue();
    assertThat(count("MATCH (j:VertexCustomJob) WHERE toString(j.endedAt) STARTS WITH '2024-04-01T11:05' RETURN count(j)"))
        .isPositive();
    // A Weights & Biases key in a worker pool's plain environment: named by its place, never stored.
    assertThat(count("""
        MATCH (j:VertexCustomJob {name: 'scratch-train', settingsScan: 'scanned'})
        WHERE size(j.settingSecrets) = 1
          AND j.settingSecrets[0] STARTS WITH 'workerPoolSpecs[0].containerSpec.env.WANDB_API_KEY: secret.wandb-api-key (high), preview b2ac****'
          AND NOT j.settingSecrets[0] CONTAINS 'b2acde132f012ce06c1bb537315f07da3f77bd89'
        RETURN count(j)""")).isEqualTo(1);
    assertThat(count("MATCH (s:GCPCloudRunService {settingsScan: 'scanned'}) WHERE s.settingSecrets IS NULL RETURN count(s)"))
        .isPositive();
    // Paging: every list of more than two items was read to its end.
    assertThat(count("MATCH (f:GCPFirewall {account: 'acme-vertex-prod'}) RETURN count(f)")).isEqualTo(4);

    // Compute Engine: of six VMs over three pages of the aggregated list, the two that run AI. The
    // GPU render box runs no AI; the Workbench instances' VMs are their Workbench instances.
    assertThat(count("MATCH (c:Compute:GCPComputeInstance) RETURN count(c)")).isEqualTo(2);
    Record mlflow = one("""
        MATCH (:Internet)-[r:CAN_REACH]->(c:GCPComputeInstance {name: 'mlflow'})-[:USES_AI]->(u:AIUsage {kind: 'server'}),
              (c)-[:RUNS_AS]->(s:GCPServiceAccount), (c)-[:HAS_SECURITY_GROUP]->(:GCPFirewall {name: 'allow-mlflow'})
        RETURN r.ports AS ports, u.dashboard AS dashboard, u.version AS version, u.exposedPorts AS exposed,
               s.isDefaultComputeAccount AS dc, s.stub IS NULL AS collected, c.externalIp AS ip""");
    assertThat(mlflow.get("ports").asList()).containsExactly("tcp:5000");
    assertThat(mlflow.get("dashboard").asBoolean()).isTrue();
    assertThat(mlflow.get("version").asString()).isEqualTo("2.2.0");
    assertThat(mlflow.get("exposed").asList()).containsExactly("tcp:5000");
    assertThat(mlflow.get("dc").asBoolean()).isTrue();
    assertThat(mlflow.get("collected").asBoolean()).isTrue();
    assertThat(mlflow.get("ip").asString()).isEqualTo("34.135.20.11");
    assertThat(count("""
        MATCH (:GCPComputeInstance {name: 'mlflow'})-[:USES_PACKAGE]->(:SoftwarePackage {name: 'mlflow', version: '2.2.0'})
              -[:AFFECTED_BY]->(a:Advisory {severity: 'critical'}) RETURN count(a)""")).isPositive();
    // The GPU VM: no external IP, its vLLM server shown by the image its startup script runs, and the
    // Hugging Face token on line 6 of that script named by its line, never stored.
    Record gpu = one("""
        MATCH (c:GCPComputeInstance {name: 'llm-gpu-1'})-[:USES_PACKAGE]->(p:SoftwarePackage {name: 'vllm'})
        RETURN c.accelerated AS accelerated, c.accelerators AS accelerators, c.startupScriptImages AS images,
               c.settingsScan AS scan, c.settingSecrets AS secrets, p.version AS version,
               EXISTS { (:Internet)-[:CAN_REACH]->(c) } AS reachable, properties(c) AS properties""");
    assertThat(gpu.get("accelerated").asBoolean()).isTrue();
    assertThat(gpu.get("accelerators").asList()).containsExactly("nvidia-l4 x 1");
    assertThat(gpu.get("images").asList()).containsExactly("vllm/vllm-openai:v0.4.2");
    assertThat(gpu.get("version").asString()).isEqualTo("0.4.2");
    assertThat(gpu.get("reachable").asBoolean()).isFalse();
    assertThat(gpu.get("scan").asString()).isEqualTo("scanned");
    assertThat(gpu.get("secrets").asList()).singleElement().asString()
        .startsWith("metadata.startup-script line 6: secret.huggingface-token (high), preview hf_S****");
    assertThat(gpu.get("properties").asMap().toString()).doesNotContain("hf_SPOpZkiMbzHEyBkiJCSUbXvAsEVI5jFFTv")
        .doesNotContain("docker run");
  }

  @Test
  void trainingPipelinesAndPipelineJobsRunTheImagesTheyPin() {
    // One image a region unless a workload names it: the custom training pipeline's worker image
    // (the Python base, not the newest path in name order) is read past the cap.
    ScanLedger ledger = sim.scan(sim.environment(Map.of("AISPM_IMAGE_MAX_PER_REGION", "1")), "gcp-images");

    String registry = "us-central1-docker.pkg.dev/acme-vertex-prod/ml-serving/";
    Record training = one("""
        MATCH (p:VertexTrainingPipeline {name: 'fraud-custom-train'})-[:RUNS_IMAGE]->(i:GCPArtifactImage)
        RETURN p.images AS images, p.missingImages AS missing, collect(i.name + ' ' + i.imageScan) AS linked""");
    assertThat(training.get("linked").asList()).as(ledger.failures().toString())
        .containsExactly("python-base:3.11 scanned");
    // Google's prebuilt serving container is another project's: kept as named, neither read nor missing.
    assertThat(training.get("images").asList()).containsExactly(registry + "python-base:3.11",
        "us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest");
    assertThat(training.get("missing").isNull()).isTrue();

    Record pipeline = one("""
        MATCH (p:VertexPipelineJob {name: 'nightly-retrain'})
        RETURN p.images AS images, p.missingImages AS missing,
               COLLECT { MATCH (p)-[:RUNS_IMAGE]->(i) RETURN i.name } AS linked""");
    // The scoring step runs the April build by tag, as the batch-scorer service does.
    assertThat(pipeline.get("linked").asList()).containsExactly("batch-scorer:2024-04-01");
    // Docker Hub and another project's Container Registry are kept as named, not read.
    assertThat(pipeline.get("images").asList()).containsExactly("python:3.11-slim",
        "gcr.io/acme-shared-images/model-publisher:1.2", registry + "report-card:v2",
        registry + "batch-scorer:2024-04-01");
    assertThat(pipeline.get("missing").asList())
        .containsExactly(registry + "report-card:v2: no image in the repository carries the tag v2");
    assertThat(count("""
        MATCH (:VertexPipelineJob {name: 'nightly-retrain'})-[:RUNS_IMAGE]->(:GCPArtifactImage)-[:USES_PACKAGE]->
              (:SoftwarePackage {name: 'transformers', version: '4.30.0'}) RETURN count(*)""")).isEqualTo(1);
    // The AutoML pipeline trains in Google's containers and names none.
    assertThat(count("MATCH (p:VertexTrainingPipeline {name: 'churn-automl-pipeline'})-[:RUNS_IMAGE]->() RETURN count(p)"))
        .isZero();
  }

  @Test
  void aThrottledCallIsRetriedAndAFailedScopeKeepsItsData() {
    sim.scan(sim.environment(Map.of()), "gcp-1");
    long events = count("MATCH (d:MisuseDetection {provider: 'gcp'}) RETURN sum(d.eventCount)");
    sim.gcp.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/projects/acme-vertex-prod/locations/us-central1/endpoints"))
        .inScenario("throttle").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(429)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":429,\"message\":\"Quota exceeded\",\"status\":\"RESOURCE_EXHAUSTED\"}}"))
        .willSetStateTo("served").atPriority(1));
    sim.gcp.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/projects/acme-vertex-prod/locations/us-central1/models"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":403,\"message\":\"Permission 'aiplatform.models.list' denied on resource\","
                + "\"status\":\"PERMISSION_DENIED\"}}"))
        .atPriority(1));
    // research-workbench's post-startup script is in a bucket the scanner may not read.
    sim.gcp.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/storage/v1/b/acme-workbench-scripts/o/.*"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":403,\"message\":\"scanner@acme.example does not have storage.objects.get "
                + "access to the Google Cloud Storage object.\",\"errors\":[{\"reason\":\"forbidden\"}]}}"))
        .atPriority(1));
    // The project's VMs cannot be listed this time.
    sim.gcp.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/compute/v1/projects/acme-vertex-prod/aggregated/instances"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":403,\"message\":\"Required 'compute.instances.list' permission for "
                + "'projects/acme-vertex-prod'\",\"status\":\"PERMISSION_DENIED\"}}"))
        .atPriority(1));
    ScanLedger second = sim.scan(sim.environment(Map.of()), "gcp-2");

    // A failed VM listing is recorded for the VMs and for the servers and packages they hold, whose
    // nodes the first scan wrote then stay; the rest of the project is read as usual.
    assertThat(second.failures()).anySatisfy(f -> {
      assertThat(f.scope().key()).isEqualTo("gcp/acme-vertex-prod/global");
      assertThat(f.resourceType()).isEqualTo("GCPComputeInstance");
      assertThat(f.missingPermission()).isEqualTo("compute.instances.list");
    });
    assertThat(second.failures()).anySatisfy(f -> {
      assertThat(f.resourceType()).isEqualTo("AIUsage");
      assertThat(f.operation()).isEqualTo("compute.instances.list");
    });
    assertThat(count("MATCH (c:GCPComputeInstance {lastScanId: 'gcp-1'}) RETURN count(c)")).isEqualTo(2);
    assertThat(count("""
        MATCH (c:GCPComputeInstance {name: 'mlflow'})-[:USES_AI]->(u:AIUsage {kind: 'server', lastScanId: 'gcp-1'}) RETURN count(u)"""))
        .isEqualTo(1);
    assertThat(count("MATCH (f:GCPFirewall {lastScanId: 'gcp-2'}) RETURN count(f)")).isPositive();

    // The denied script is recorded for the supply-chain types, the instance says it is unread (the
    // rule's UNKNOWN), and the package nodes the first scan found there stay; the instance's edges
    // to them belong to the instance type, which was read, as for every code holder.
    assertThat(second.failures()).anySatisfy(f -> {
      assertThat(f.scope().key()).isEqualTo("gcp/acme-vertex-prod/global");
      assertThat(f.resourceType()).isEqualTo("SoftwarePackage");
      assertThat(f.operation()).isEqualTo("storage.objects.get");
      assertThat(f.missingPermission()).isEqualTo("storage.objects.get");
    });
    assertThat(count("""
        MATCH (n:GCPWorkbenchInstance {name: 'research-workbench', installScan: 'failed', lastScanId: 'gcp-2'})
        RETURN count(n)""")).isEqualTo(1);
    assertThat(count("""
        MATCH (n:GCPWorkbenchInstance {name: 'research-workbench'}), (p:SoftwarePackage {lastScanId: 'gcp-1'})
        WHERE p.id STARTS WITH n.id + '#package/' RETURN count(p)""")).isEqualTo(2);

    assertThat(second.failures()).anySatisfy(f -> {
      assertThat(f.scope().key()).isEqualTo("gcp/acme-vertex-prod/us-central1");
      assertThat(f.missingPermission()).isEqualTo("aiplatform.models.list");
    });
    assertThat(second.failures()).noneSatisfy(f -> assertThat(f.operation()).isEqualTo("aiplatform.endpoints.list"));
    assertThat(count("MATCH (e:VertexEndpoint {lastScanId: 'gcp-2'}) RETURN count(e)")).isEqualTo(2);
    // The models' scope failed: last scan's models stay.
    assertThat(count("MATCH (m:VertexModel {lastScanId: 'gcp-1'}) RETURN count(m)")).isEqualTo(3);
    // The second scan re-reads the overlap before the checkpoint and admits none of it again.
    assertThat(count("MATCH (c:ActivityCheckpoint {id: 'gcp/acme-vertex-prod/audit-logs'}) RETURN c.eventsRead"))
        .isEqualTo(115);
    assertThat(count("MATCH (d:MisuseDetection {provider: 'gcp'}) RETURN sum(d.eventCount)")).isEqualTo(events);

    // acme-ml-research turns Vertex AI off: its locations cannot be listed any more, yet the custom
    // job an earlier scan found in us-central1 is cleaned, and the other project's jobs stay.
    assertThat(count("MATCH (j:VertexCustomJob {account: 'acme-ml-research'}) RETURN count(j)")).isEqualTo(1);
    sim.gcp.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
        .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v1/projects/acme-ml-research/services"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"services\":[{\"name\":\"projects/271828182845/services/notebooks.googleapis.com\","
                + "\"config\":{\"name\":\"notebooks.googleapis.com\"},\"state\":\"ENABLED\"}]}"))
        .atPriority(1));
    ScanLedger third = sim.scan(sim.environment(Map.of("AISPM_GCP_PROJECTS", "acme-ml-research")), "gcp-3");
    assertThat(third.cleanable()).anySatisfy(p -> {
      assertThat(p.getKey().key()).isEqualTo("gcp/acme-ml-research/us-central1");
      assertThat(p.getValue()).isEqualTo("VertexCustomJob");
    });
    assertThat(count("MATCH (j:VertexCustomJob {account: 'acme-ml-research'}) RETURN count(j)")).isZero();
    assertThat(count("MATCH (j:VertexCustomJob {account: 'acme-vertex-prod'}) RETURN count(j)")).isPositive();
  }

  static long count(String cypher) {
    return InProcessNeo4j.count(cypher);
  }

  static Record one(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).single();
    }
  }
}
