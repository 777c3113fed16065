package dev.aispm.collectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The real Azure SDK pipeline and credential against the simulated tenant (TLS), into a real Neo4j. */
class AzureCollectorIT {
  @RegisterExtension
  static final SimulatedTenant azure = new SimulatedTenant();
  static final String PROD = "11111111-aaaa-4aaa-8aaa-111111111111";
  static final String DEV = "22222222-bbbb-4bbb-8bbb-222222222222";
  /** The token of the vendor's shape planted in nlp-gpu-01's user data; never a real one. */
  static final String PLANTED_HF_TOKEN = "hf_py3MPNZEPFqzi0OZUrNsPqPdQ1Og7YN8gK";

  @Test
  void collectsTheTenantsAiAssetsAndTheirContext() {
    // One image per subscription within the cap: the first repository's newest takes it; the older
    // image an environment names, and the second repository's newest (left not-selected by the cap)
    // that another environment version names, are read beyond it.
    Map<String, String> env = new java.util.HashMap<>(azure.azureEnvironment());
    env.put("AISPM_IMAGE_MAX_PER_REGION", "1");
    ScanLedger ledger = AzureScans.scan(env, "scan-1");

    assertThat(rows("MATCH (s:CloudAccount:AzureSubscription {scanned: true}) RETURN s")).as(ledger.failures().toString()).isEqualTo(2);

    // Internet -> compute instance with public SSH -> Owner identity -> writable training container
    // <- prefix <- training job: the attack path of the common rule (the job reads two prefixes there).
    Record path = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(n:Notebook:AzureMLComputeInstance {name: 'ds-notebook-01'})-[:RUNS_AS]->(r:Identity)
              -[:CAN_WRITE]->(b:DataStore {name: 'training'})<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(j:TrainingJob)
        RETURN DISTINCT c.via AS via, r.isAdmin AS admin, r.privilegeLevel AS level, r.name AS name, j.name AS job,
               b.anonymousAccess AS anonymous, n.rootAccess AS root, n.idleShutdownEnabled AS idle""");
    assertThat(path.get("via").asString()).isEqualTo("sshPublicAccess");
    assertThat(path.get("admin").asBoolean()).isTrue();
    assertThat(path.get("level").asString()).isEqualTo("admin");
    assertThat(path.get("name").asString()).isEqualTo("ml-admin-identity");
    assertThat(path.get("job").asString()).isEqualTo("train-fraud-2024");
    assertThat(path.get("anonymous").asBoolean()).isTrue();
    assertThat(path.get("root").asBoolean()).isTrue();
    assertThat(path.get("idle").asBoolean()).isFalse();

    // The second page of computes (nextLink) was read: a private instance and one behind a world-open NSG.
    Record secure = one("MATCH (n:AzureMLComputeInstance {name: 'secure-notebook'}) RETURN n.internetReachable AS r, n.rootAccess AS root, "
        + "EXISTS { (:Internet)-[:CAN_REACH]->(n) } AS edge");
    assertThat(secure.get("r").asBoolean()).isFalse();
    assertThat(secure.get("root").asBoolean()).isFalse();
    assertThat(secure.get("edge").asBoolean()).isFalse();
    Record vnet = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(n:AzureMLComputeInstance {name: 'jupyter-in-vnet'})-[:HAS_SECURITY_GROUP]->(g:Network {openToWorld: true}),
              (n)-[:IN_SUBNET]->(:AzureSubnet)-[:IN_VNET]->(:AzureVirtualNetwork)
        RETURN c.via AS via, g.openToWorldPorts AS ports""");
    assertThat(vnet.get("via").asString()).isEqualTo("securityGroupOpenToWorld");
    // SSH from anywhere (priority 300) is closed first by a Deny from the Internet (150): only Jupyter is open.
    assertThat(vnet.get("ports").asList(v -> v.asString())).containsExactly("Tcp:8888");
    assertThat(rows("MATCH (c:Compute:AzureMLComputeCluster {name: 'cpu-cluster', sshPublicAccess: false}) RETURN c")).isEqualTo(1);
    // jupyter-in-vnet's inline startup script: a critical MLflow pinned and LangChain unpinned beside
    // an internal mirror; the other instances name no setup script and say nothing about installs.
    assertThat(rows("""
        MATCH (n:AzureMLComputeInstance {name: 'jupyter-in-vnet', installScan: 'scanned'})
              -[:USES_PACKAGE]->(:SoftwarePackage {name: 'mlflow', version: '2.2.0'})-[:AFFECTED_BY]->(a:Advisory {severity: 'critical'})
        WHERE n.packageIndexes = ['https://pypi.acme-internal.example/simple'] RETURN DISTINCT n""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureMLComputeInstance {name: 'jupyter-in-vnet'})-[:USES_PACKAGE]->(p:SoftwarePackage {name: 'langchain'})
        WHERE p.version IS NULL RETURN p""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (n:AzureMLComputeInstance) WHERE n.name IN ['ds-notebook-01', 'secure-notebook']
          AND n.installScan IS NULL AND NOT EXISTS { (n)-[:USES_PACKAGE]->() } RETURN n""")).isEqualTo(2);

    // A job input naming a data asset version reads the blobs the asset points to.
    assertThat(rows("""
        MATCH (j:AzureMLJob {name: 'train-fraud-2024'})-[:USES_DATASET {input: 'labels'}]->
              (d:AzureMLDataAsset {name: 'fraud-labels:2', isLatest: true})-[:READS]->(p:AzureBlobPrefix)<-[:READS]-(j),
              (p)-[:IN_BUCKET]->(:AzureBlobContainer {name: 'training'})
        RETURN p""")).isEqualTo(1);

    // Private endpoints link the private subnet to the AI account, the workspace and (pending) the training storage.
    assertThat(rows("""
        MATCH (:AzureSubnet {name: 'private'})<-[:IN_SUBNET]-(e:AzurePrivateEndpoint {approved: true})
              -[:PRIVATE_LINK_TO {status: 'Approved'}]->(t)
        WHERE t:AzureCognitiveServicesAccount OR t:AzureMLWorkspace RETURN e""")).isEqualTo(2);
    assertThat(rows("""
        MATCH (:AzurePrivateEndpoint {name: 'traindata-blob-pe', approved: false, manualApproval: true})
              -[:PRIVATE_LINK_TO {status: 'Pending'}]->(:AzureStorageAccount {name: 'acmetraindata'}) RETURN 1""")).isEqualTo(1);

    // Public write -> training data -> model -> endpoint lineage.
    Record served = one("""
        MATCH (b:DataStore)<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(:TrainingJob)-[:PRODUCED]->(a:ModelArtifact)
              <-[:USES_ARTIFACT]-(m:Model:AzureMLModelVersion)-[s:SERVED_BY]->(e:Endpoint:AzureMLOnlineEndpoint {name: 'fraud-scoring'})
        RETURN DISTINCT b.name AS container, a.uri AS artifact, m.name AS model, s.deployment AS deployment, e.keyAuth AS keys,
               EXISTS { (:Internet)-[:CAN_REACH]->(e) } AS public""");
    assertThat(served.get("container").asString()).isEqualTo("training");
    assertThat(served.get("artifact").asString())
        .isEqualTo("https://acmemlworkspace.blob.core.windows.net/azureml-blobstore-fraud/models/fraud-detector");
    assertThat(served.get("model").asString()).isEqualTo("fraud-detector:3");
    assertThat(served.get("deployment").asString()).isEqualTo("blue");
    assertThat(served.get("keys").asBoolean()).isTrue();
    assertThat(served.get("public").asBoolean()).isTrue();

    // The endpoint's deployments: blue serves the workspace model in the fraud-scoring:3 environment,
    // and so its image, with public egress and its inputs and outputs collected; green runs an inline
    // (anonymous) environment the environment listing leaves out, read by its id for its image.
    Record blue = one("""
        MATCH (d:Compute:AzureMLOnlineDeployment {name: 'blue'})-[:SERVED_BY]->(:AzureMLOnlineEndpoint {name: 'fraud-scoring'}),
              (d)-[:USES_MODEL]->(:AzureMLModelVersion {name: 'fraud-detector:3'}),
              (d)-[:USES_ENVIRONMENT]->(:AzureMLEnvironment {name: 'fraud-scoring:3'}),
              (d)-[:RUNS_IMAGE]->(i:AzureContainerImage {name: 'fraud/scoring-api:v2'})
        RETURN d.endpointComputeType AS type, d.instanceType AS instance, d.instanceCount AS count,
               d.egressPublicNetworkAccess AS egress, d.appInsightsEnabled AS insights, d.dataCollector AS collector,
               d.dataCollections AS collections, d.provisioningState AS state""");
    assertThat(blue.get("type").asString()).isEqualTo("Managed");
    assertThat(blue.get("instance").asString()).isEqualTo("Standard_DS3_v2");
    assertThat(blue.get("count").asLong()).isEqualTo(1);
    assertThat(blue.get("egress").asString()).isEqualTo("Enabled");
    assertThat(blue.get("insights").asBoolean()).isFalse();
    assertThat(blue.get("collector").asBoolean()).isTrue();
    assertThat(blue.get("collections").asList(v -> v.asString())).containsExactly("model_inputs", "model_outputs");
    assertThat(blue.get("state").asString()).isEqualTo("Succeeded");
    Record green = one("""
        MATCH (d:AzureMLOnlineDeployment {name: 'green'})-[:RUNS_IMAGE]->(i:AzureContainerImage {name: 'fraud/scoring-api:v3'})
        RETURN d.egressPublicNetworkAccess AS egress, d.dataCollector AS collector,
               EXISTS { (d)-[:USES_ENVIRONMENT]->() } AS listedEnvironment, EXISTS { (d)-[:USES_MODEL]->() } AS workspaceModel""");
    assertThat(green.get("egress").asString()).isEqualTo("Disabled");
    assertThat(green.get("collector").asBoolean()).isFalse();
    assertThat(green.get("listedEnvironment").asBoolean()).isFalse();
    assertThat(green.get("workspaceModel").asBoolean()).as("a registry model has no workspace node").isFalse();

    // The batch endpoint's deployments: nightly (the default) runs the workspace model with its own
    // driver script in the fraud-scoring:4 environment, and so the batch scorer image, on the CPU
    // cluster; backfill runs the registry model in an inline environment, read by its id for its image.
    Record nightly = one("""
        MATCH (d:Compute:AzureMLBatchDeployment {name: 'nightly'})-[:SERVED_BY]->(e:Endpoint:AzureMLBatchEndpoint {name: 'fraud-batch'}),
              (d)-[:USES_MODEL]->(m:AzureMLModelVersion {name: 'fraud-detector:3'})-[:SERVED_BY {deployment: 'nightly'}]->(e),
              (d)-[:USES_ENVIRONMENT]->(:AzureMLEnvironment {name: 'fraud-scoring:4'}),
              (d)-[:RUNS_ON]->(:AzureMLComputeCluster {name: 'cpu-cluster'}),
              (d)-[:RUNS_IMAGE]->(:AzureContainerImage {name: 'fraud/batch-scorer:latest'}),
              (e)-[:IN_WORKSPACE]->(:AzureMLWorkspace {name: 'fraud-ws'})
        RETURN e.defaultDeployment AS def, e.authMode AS auth, e.keyAuth AS keys, e.internetReachable AS reachable,
               e.deployments AS deployments, d.customScoringCode AS code, d.scoringScript AS script,
               d.outputAction AS output, d.instanceCount AS count, d.environmentVariableNames AS vars""");
    assertThat(nightly.get("def").asString()).isEqualTo("nightly");
    assertThat(nightly.get("auth").asString()).isEqualTo("AADToken");
    assertThat(nightly.get("keys").asBoolean()).isFalse();
    assertThat(nightly.get("reachable").asBoolean()).as("the workspace is public").isTrue();
    assertThat(nightly.get("deployments").asList(v -> v.asString())).containsExactly("nightly", "backfill");
    assertThat(nightly.get("code").asBoolean()).isTrue();
    assertThat(nightly.get("script").asString()).isEqualTo("batch_driver.py");
    assertThat(nightly.get("output").asString()).isEqualTo("AppendRow");
    assertThat(nightly.get("count").asLong()).isEqualTo(2);
    assertThat(nightly.get("vars").asList(v -> v.asString())).containsExactly("FRAUD_THRESHOLD");
    Record backfill = one("""
        MATCH (d:AzureMLBatchDeployment {name: 'backfill'})-[:RUNS_IMAGE]->(:AzureContainerImage {name: 'fraud/batch-scorer:latest'}),
              (d)-[:RUNS_ON]->(:AzureMLComputeCluster {name: 'cpu-cluster'})
        RETURN d.image AS image, d.customScoringCode AS code, d.outputAction AS output,
               EXISTS { (d)-[:USES_ENVIRONMENT]->() } AS listedEnvironment, EXISTS { (d)-[:USES_MODEL]->() } AS workspaceModel""");
    assertThat(backfill.get("image").asString()).isEqualTo("acmemlregistry.azurecr.io/fraud/batch-scorer:latest");
    assertThat(backfill.get("code").asBoolean()).isFalse();
    assertThat(backfill.get("output").asString()).isEqualTo("SummaryOnly");
    assertThat(backfill.get("listedEnvironment").asBoolean()).isFalse();
    assertThat(backfill.get("workspaceModel").asBoolean()).as("a registry model has no workspace node").isFalse();
    assertThat(rows("MATCH (e:AzureMLOnlineEndpoint {name: 'fraud-batch'}) RETURN e")).as("not an online endpoint").isZero();

    // Datastores keep their credential type; the account-key one is flagged.
    assertThat(rows("MATCH (d:AzureMLDatastore {name: 'trainingdata', sharedKeyCredential: true})-[:POINTS_TO]->(:AzureBlobContainer {name: 'training'}) RETURN d")).isEqualTo(1);
    assertThat(rows("MATCH (d:AzureMLDatastore {name: 'workspaceblobstore', sharedKeyCredential: false}) RETURN d")).isEqualTo(1);

    // Workspace connections: the Azure OpenAI key shared to all projects, the Entra one beside it;
    // both reach their account.
    assertThat(rows("""
        MATCH (c:AzureMLConnection {name: 'acme-openai-key', authType: 'ApiKey', keyAuth: true, isSharedToAll: true})
              -[:IN_WORKSPACE]->(:AzureMLWorkspace {name: 'fraud-ws'}),
              (c)-[:CONNECTS_TO]->(:AzureCognitiveServicesAccount {name: 'acme-openai'}) RETURN c""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (c:AzureMLConnection {name: 'aiservices-entra', keyAuth: false})
              -[:CONNECTS_TO]->(:AzureCognitiveServicesAccount {name: 'acme-aiservices-secure'}) RETURN c""")).isEqualTo(1);
    // Registries: the public one with its replicated storage, the private one behind its endpoint.
    Record shared = one("""
        MATCH (r:AzureMLRegistry {name: 'acme-shared'})-[:RUNS_AS]->(p:AzurePrincipal)
        RETURN r.publiclyAccessible AS public, r.regions AS regions, r.storageBlobPublicAccess AS anonymous, p.id AS principal""");
    assertThat(shared.get("public").asBoolean()).isTrue();
    assertThat(shared.get("regions").asList(v -> v.asString())).containsExactly("westeurope", "eastus");
    assertThat(shared.get("anonymous").asBoolean()).isTrue();
    assertThat(shared.get("principal").asString()).endsWith("/a0000000-0000-4000-8000-00000000f601");
    assertThat(rows("MATCH (r:AzureMLRegistry {name: 'acme-private', publiclyAccessible: false, privateEndpointConnections: 1}) RETURN r"))
        .isEqualTo(1);
    // Environment versions, read per container: the tagged Docker Hub image and the pinned one.
    assertThat(rows("""
        MATCH (e:AzureMLEnvironment {name: 'fraud-train:2', imageRegistry: 'docker.io', imagePinned: false})
              -[:IN_WORKSPACE]->(:AzureMLWorkspace {name: 'fraud-ws'}) RETURN e""")).isEqualTo(1);
    assertThat(rows("MATCH (e:AzureMLEnvironment {name: 'fraud-train:1', imageRegistry: 'mcr.microsoft.com', imagePinned: true}) RETURN e"))
        .isEqualTo(1);

    // Azure OpenAI: keys on, public, weakened content filter on one deployment, no diagnostic logging.
    Record oai = one("""
        MATCH (:Internet)-[:CAN_REACH]->(a:Endpoint:AzureCognitiveServicesAccount {name: 'acme-openai'})
        RETURN a.keyAuth AS keys, a.diagnosticLogging AS logging, a.customerManagedKey AS cmk""");
    assertThat(oai.get("keys").asBoolean()).isTrue();
    assertThat(oai.get("logging").asBoolean()).isFalse();
    assertThat(oai.get("cmk").asBoolean()).isFalse();
    Record chat = one("""
        MATCH (d:Model:AzureCognitiveServicesDeployment {name: 'support-chat'})-[:SERVED_BY]->(:AzureCognitiveServicesAccount),
              (d)-[:PROTECTED_BY]->(p:Guardrail:AzureRaiPolicy)
        RETURN d.contentFilterWeakened AS weak, d.disabledFilters AS off, p.jailbreakBlocking AS jailbreak""");
    assertThat(chat.get("weak").asBoolean()).isTrue();
    assertThat(chat.get("off").asList(v -> v.asString())).contains("Hate/Prompt", "Violence/Prompt", "Jailbreak/Prompt");
    assertThat(chat.get("jailbreak").asBoolean()).isFalse();
    assertThat(rows("MATCH (d:AzureCognitiveServicesDeployment {name: 'summaries', contentFilterWeakened: false}) RETURN d")).isEqualTo(1);
    Record secureAi = one("MATCH (a:AzureCognitiveServicesAccount {name: 'acme-aiservices-secure'}) RETURN a.keyAuth AS keys, "
        + "a.diagnosticLogging AS logging, a.customerManagedKey AS cmk, a.privateEndpointCount AS pe, EXISTS { (:Internet)-[:CAN_REACH]->(a) } AS public");
    assertThat(secureAi.get("keys").asBoolean()).isFalse();
    assertThat(secureAi.get("logging").asBoolean()).isTrue();
    assertThat(secureAi.get("cmk").asBoolean()).isTrue();
    assertThat(secureAi.get("pe").asInt()).isEqualTo(1);
    assertThat(secureAi.get("public").asBoolean()).isFalse();
    assertThat(rows("MATCH (a:AzureCognitiveServicesAccount {name: 'acme-maps'}) RETURN a"))
        .as("non-AI kinds are left out").isZero();

    // Who can write training data: the user with Blob Data Contributor on the container and the CI
    // principal with a custom data-writer role on the account; the reader only reads.
    assertThat(rows("""
        MATCH (p:Identity)-[:CAN_WRITE]->(:AzureBlobContainer {name: 'training'}) RETURN DISTINCT p""")).isEqualTo(4);
    assertThat(rows("""
        MATCH (p:AzurePrincipal {principalType: 'User'})-[w:CAN_WRITE]->(:AzureBlobContainer {name: 'training'})
        WHERE 'Storage Blob Data Contributor' IN w.roles RETURN p""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (p:AzurePrincipal {name: 'secure-notebook', privilegeLevel: 'read'})-[:CAN_READ]->(:AzureBlobContainer {name: 'training'})
        RETURN p""")).isEqualTo(1);

    // Storage flags.
    Record train = one("MATCH (s:AzureStorageAccount {name: 'acmetraindata'}) RETURN s.allowSharedKeyAccess AS keys, "
        + "s.minimumTlsVersion AS tls, s.versioning AS versioning, s.usedByAi AS ai");
    assertThat(train.get("keys").asBoolean()).as("absent means true").isTrue();
    assertThat(train.get("tls").asString()).isEqualTo("TLS1_0");
    assertThat(train.get("versioning").asBoolean()).isFalse();
    assertThat(train.get("ai").asBoolean()).isTrue();

    // The container registry: its settings from ARM, its image read through the data plane with
    // exchanged ACR tokens, the OpenAI SDK and a vulnerable MLflow found in its layers.
    assertThat(rows("MATCH (r:AzureContainerRegistry {name: 'acmemlregistry', adminUserEnabled: true, "
        + "anonymousPullEnabled: false, repositories: 2}) RETURN r")).isEqualTo(1);
    assertThat(rows("""
        MATCH (i:ContainerImage:AzureContainerImage {imageScan: 'scanned', name: 'fraud/scoring-api:v3'})
              -[:IN_REGISTRY]->(:AzureContainerRegistry)
        WHERE i.id STARTS WITH 'acmemlregistry.azurecr.io/fraud/scoring-api@sha256:' RETURN i""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (:AzureContainerImage)-[:USES_PACKAGE]->(p:SoftwarePackage)
        WHERE p.name IN ['openai', 'mlflow'] RETURN p""")).isEqualTo(2);
    assertThat(rows("""
        MATCH (:AzureContainerImage)-[:USES_PACKAGE]->(:SoftwarePackage {name: 'mlflow'})-[:AFFECTED_BY]->(a:Advisory)
        RETURN a""")).isGreaterThan(0);
    assertThat(rows("MATCH (:AzureContainerImage)-[:USES_AI]->(u:AIUsage {managed: false}) RETURN u")).isGreaterThan(0);
    // The fraud-scoring environment names the older tag v2: that image is read too (past the cap of
    // one), LangChain 0.1.10 and its advisory found in it, and the environment runs it.
    assertThat(rows("""
        MATCH (e:AzureMLEnvironment {name: 'fraud-scoring:3'})-[:RUNS_IMAGE]->
              (i:AzureContainerImage {imageScan: 'scanned', name: 'fraud/scoring-api:v2'})
              -[:USES_PACKAGE]->(:SoftwarePackage {name: 'langchain', version: '0.1.10'})-[:AFFECTED_BY]->(a:Advisory)
        WHERE i.id STARTS WITH 'acmemlregistry.azurecr.io/fraud/scoring-api@sha256:' RETURN DISTINCT i""")).isEqualTo(1);
    // The newest tag v3 is run by no environment version, only by the green deployment's inline one
    // and by the RAG API container app.
    assertThat(rows("MATCH (:AzureContainerImage {name: 'fraud/scoring-api:v3'})<-[:RUNS_IMAGE]-(w) RETURN w.name AS n"))
        .isEqualTo(2);
    assertThat(rows("""
        MATCH (:AzureContainerImage {name: 'fraud/scoring-api:v3'})<-[:RUNS_IMAGE]-(:AzureContainerApp {name: 'acme-rag-api'})
        RETURN 1""")).isEqualTo(1);
    assertThat(rows("MATCH (:AzureContainerImage {name: 'fraud/scoring-api:v3'})<-[:RUNS_IMAGE]-(:AzureMLEnvironment) RETURN 1"))
        .isZero();
    // fraud-scoring:4 names the batch scorer without a tag: latest, past the cap too.
    assertThat(rows("""
        MATCH (:AzureMLEnvironment {name: 'fraud-scoring:4'})-[:RUNS_IMAGE]->
              (i:AzureContainerImage {imageScan: 'scanned', name: 'fraud/batch-scorer:latest'})
              -[:USES_PACKAGE]->(:SoftwarePackage {name: 'transformers', version: '4.38.0'})
        RETURN DISTINCT i""")).isEqualTo(1);
    // Images outside the subscription's registries (Docker Hub, MCR) are neither read nor linked.
    assertThat(rows("MATCH (e:AzureMLEnvironment)-[:RUNS_IMAGE]->() WHERE e.name STARTS WITH 'fraud-train' RETURN e"))
        .isEqualTo(0);

    // Shadow AI on virtual machines. ray-head: a Ray head named for it, its dashboard port 8265 open to
    // the internet by its interface's group (the subnet has none), a Standard public IP, running as
    // the admin identity that can write the training data.
    Record ray = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(vm:Compute:AzureVirtualMachine {name: 'ray-head'})
              -[:USES_AI]->(u:AIUsage {kind: 'server', subject: 'ray', dashboard: true}),
              (vm)-[:RUNS_AS]->(:AzurePrincipal {name: 'ml-admin-identity'})-[:CAN_WRITE]->(:AzureBlobContainer {name: 'training'}),
              (vm)-[:HAS_SECURITY_GROUP]->(:AzureNetworkSecurityGroup {name: 'ray-head-nsg'}),
              (vm)-[:IN_SUBNET]->(:AzureSubnet {name: 'default'})
        RETURN c.via AS via, c.ports AS ports, c.publicIpAddress AS ip, u.exposedPorts AS exposed,
               vm.userData AS userData, vm.settingsScan AS scan, vm.internetReachable AS reachable""");
    assertThat(ray.get("via").asString()).isEqualTo("securityGroupOpenToWorld");
    assertThat(ray.get("ports").asList(v -> v.asString())).containsExactly("Tcp:8265");
    assertThat(ray.get("ip").asString()).isEqualTo("20.61.30.17");
    assertThat(ray.get("exposed").asList(v -> v.asString())).containsExactly("tcp:8265");
    assertThat(ray.get("userData").asString()).isEqualTo("read");
    assertThat(ray.get("scan").asString()).isEqualTo("scanned");
    assertThat(ray.get("reachable").asBoolean()).isTrue();
    // nlp-gpu-01, on the list's second page (nextLink): a T4 GPU size named for nothing; its user data
    // runs TGI with a Hugging Face token.
    Record gpu = one("""
        MATCH (vm:AzureVirtualMachine {name: 'nlp-gpu-01', gpu: true, vmSize: 'Standard_NC4as_T4_v3'})
              -[:USES_AI]->(u:AIUsage {kind: 'server', subject: 'tgi'})
        RETURN u.evidence AS evidence, vm.settingSecrets AS secrets, vm.userDataImages AS images, vm.internetReachable AS reachable,
               EXISTS { (:Internet)-[:CAN_REACH]->(vm) } AS edge""");
    assertThat(gpu.get("secrets").asList(v -> v.asString())).singleElement().asString()
        .startsWith("userData line 6: secret.huggingface-token (high), preview hf_");
    assertThat(gpu.get("images").asList(v -> v.asString()))
        .containsExactly("ghcr.io/huggingface/text-generation-inference:2.0.4");
    assertThat(gpu.get("evidence").asList(v -> v.asString()))
        .containsExactly("image ghcr.io/huggingface/text-generation-inference:2.0.4");
    assertThat(gpu.get("reachable").asBoolean()).isTrue();
    assertThat(gpu.get("edge").asBoolean()).isTrue();
    // It has no public IP of its own: the internet reaches it through the public load balancer
    // nlp-lb, whose rule forwards 443 to TGI's 8080, which its interface's group admits from the
    // internet; the NAT rule's 50022 -> 22 the group does not admit.
    Record lb = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(vm:AzureVirtualMachine {name: 'nlp-gpu-01'})
              -[:HAS_SECURITY_GROUP]->(:AzureNetworkSecurityGroup {name: 'nlp-gpu-nsg'}),
              (vm)-[:USES_AI]->(u:AIUsage {subject: 'tgi'})
        RETURN c.via AS via, c.loadBalancerId AS lb, c.frontendIpConfigurationId AS frontend, c.publicIpAddress AS ip,
               c.ports AS ports, vm.publicIpAddresses AS own, vm.internetLoadBalancerFrontends AS frontends,
               u.exposedPorts AS exposed""");
    assertThat(lb.get("via").asString()).isEqualTo("loadBalancer");
    assertThat(lb.get("lb").asString()).endsWith("/resourcegroups/vm-prod/providers/microsoft.network/loadbalancers/nlp-lb");
    assertThat(lb.get("frontend").asString()).endsWith("/loadbalancers/nlp-lb/frontendipconfigurations/nlp-public");
    assertThat(lb.get("frontends").asList(v -> v.asString())).containsExactly(lb.get("frontend").asString());
    assertThat(lb.get("ip").asString()).isEqualTo("20.61.30.44");
    assertThat(lb.get("ports").asList(v -> v.asString())).containsExactly("Tcp:8080");
    assertThat(lb.get("own").isNull()).isTrue();
    assertThat(lb.get("exposed").asList(v -> v.asString())).containsExactly("tcp:8080");
    try (Session session = InProcessNeo4j.connection().session()) {
      String graph = session.run("MATCH (n) RETURN properties(n) AS p UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p")
          .list().toString();
      assertThat(graph).as("the planted token and the script are never stored").doesNotContain(PLANTED_HF_TOKEN)
          .doesNotContain("docker run");
    }
    // web-01 (B2s, no AI in name, tags or ports) is neither written nor has its user data asked for.
    assertThat(rows("MATCH (vm:AzureVirtualMachine {name: 'web-01'}) RETURN vm")).isZero();
    assertThat(azure.server().getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("/virtualMachines/web-01"));
    assertThat(azure.server().getAllServeEvents()).anyMatch(e -> e.getRequest().getUrl()
        .contains("/virtualMachines/nlp-gpu-01?$expand=userData"));
    // llm-gpu-pool, a scale set of two A100 instances whose user data runs vLLM on 8080: nlp-lb's pool
    // takes it too, so the internet reaches its instances through the same rule and group.
    Record pool = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(ss:Compute:AzureVirtualMachineScaleSet {name: 'llm-gpu-pool', gpu: true})
              -[:USES_AI]->(u:AIUsage {kind: 'server', subject: 'vllm'})
        MATCH (ss)-[:HAS_SECURITY_GROUP]->(:AzureNetworkSecurityGroup {name: 'nlp-gpu-nsg'})
        RETURN c.via AS via, c.loadBalancerId AS lb, c.ports AS ports, ss.capacity AS capacity,
               ss.vmSize AS size, ss.userData AS userData, ss.settingsScan AS scan""");
    assertThat(pool.get("via").asString()).isEqualTo("loadBalancer");
    assertThat(pool.get("lb").asString()).endsWith("/loadbalancers/nlp-lb");
    assertThat(pool.get("ports").asList(v -> v.asString())).containsExactly("Tcp:8080");
    assertThat(pool.get("capacity").asLong()).isEqualTo(2L);
    assertThat(pool.get("size").asString()).isEqualTo("Standard_NC24ads_A100_v4");
    assertThat(pool.get("userData").asString()).isEqualTo("read");
    assertThat(pool.get("scan").asString()).isEqualTo("scanned");
    assertThat(azure.server().getAllServeEvents()).anyMatch(e -> e.getRequest().getUrl()
        .contains("/virtualMachineScaleSets/llm-gpu-pool?$expand=userData"));

    // The development subscription: its role assignments answer 403; that is recorded with the
    // missing permission and everything else of the subscription is collected.
    List<ScopeOutcome> failures = ledger.failures();
    assertThat(failures).hasSize(1);
    ScopeOutcome denied = failures.get(0);
    assertThat(denied.scope().account()).isEqualTo(DEV);
    assertThat(denied.resourceType()).isEqualTo("AzurePrincipal");
    assertThat(denied.missingPermission()).isEqualTo("Microsoft.Authorization/roleAssignments/read");
    assertThat(rows("MATCH (w:AzureMLWorkspace {name: 'dev-ws', publiclyAccessible: false, customerManagedKey: true}) RETURN w")).isEqualTo(1);
    assertThat(rows("MATCH (a:AzureCognitiveServicesAccount {name: 'dev-openai', keyAuth: true}) RETURN a")).isEqualTo(1);
    Record devIdentity = one("MATCH (:AzureMLWorkspace {name: 'dev-ws'})-[:RUNS_AS]->(p:AzurePrincipal) RETURN p.isAdmin AS admin, p.privilegeLevel AS level, p.assignmentsRead AS read");
    assertThat(devIdentity.get("admin").isNull()).as("unknown, never a pass").isTrue();
    assertThat(devIdentity.get("level").isNull()).isTrue();
    assertThat(devIdentity.get("read").asBoolean()).isFalse();

    // The production subscription's Activity Log, read through nextLink pages: the content filter
    // switched off, the OpenAI keys listed, key authentication turned back on.
    assertThat(rows("MATCH (d:MisuseDetection {provider: 'azure'}) RETURN d")).isEqualTo(3);
    assertThat(rows("""
        MATCH (d:MisuseDetection {detector: 'misuse_ai_identity_key_created', principal: 'contractor@acme.example'})
        WHERE d.targetId ENDS WITH '/accounts/acme-openai' RETURN d""")).isEqualTo(1);
    assertThat(rows("""
        MATCH (d:MisuseDetection {detector: 'misuse_ai_control_plane_weakened'})
        WHERE d.targetId ENDS WITH '/raiPolicies/relaxed-filter' OR d.targetId ENDS WITH '/accounts/acme-aiservices-secure'
        RETURN d""")).isEqualTo(2);
    Record checkpoint = one("MATCH (c:ActivityCheckpoint {id: 'azure/" + PROD + "/activity-log'}) "
        + "RETURN c.eventsRead AS read, c.malformed AS malformed");
    assertThat(checkpoint.get("read").asLong()).as("every entry of the planted morning").isEqualTo(9);
    assertThat(checkpoint.get("malformed").asLong()).isZero();
  }

  @Test
  void throttledCallsAreRetriedAfterRetryAfter() {
    String path = "/subscriptions/" + PROD + "/providers/Microsoft.MachineLearningServices/workspaces";
    azure.server().stubFor(get(urlPathEqualTo(path)).atPriority(1).inScenario("throttle")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("throttled-once")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
            .withBody("{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"throttled\"}}")));
    // The Activity Log denied: recorded on the scan with the missing action, nothing admitted.
    azure.server().stubFor(get(urlPathEqualTo("/subscriptions/" + PROD
        + "/providers/Microsoft.Insights/eventtypes/management/values")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":"
            + "\"The client 'x' with object id 'y' does not have authorization to perform action "
            + "'Microsoft.Insights/eventtypes/values/read' over scope 'z'.\"}}")));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-throttle");
      assertThat(ledger.failures()).extracting(ScopeOutcome::resourceType).doesNotContain("AzureMLWorkspace");
      assertThat(rows("MATCH (w:AzureMLWorkspace {name: 'fraud-ws'}) RETURN w")).isEqualTo(1);
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("activity");
        assertThat(f.scope().account()).isEqualTo(PROD);
        assertThat(f.missingPermission()).isEqualTo("Microsoft.Insights/eventtypes/values/read");
      });
      assertThat(rows("MATCH (d:MisuseDetection) RETURN d")).isZero();
      assertThat(rows("MATCH (c:ActivityCheckpoint {id: 'azure/" + PROD + "/activity-log'}) WHERE c.eventsRead > 0 "
          + "RETURN c")).isZero();
    } finally {
      azure.resetFaults();
    }
  }

  @Test
  void aFailedTypeKeepsItsPreviousDataWhileTheRestIsCleanedUp() {
    AzureScans.scan(azure.azureEnvironment(), "scan-a");
    long computes = rows("MATCH (c:AzureMLComputeInstance) RETURN c");
    assertThat(computes).isEqualTo(3);
    try (Session s = InProcessNeo4j.connection().session()) {
      // A container that vanished since the last scan, in a type that will be read successfully.
      s.run("CREATE (:Asset:DataStore:AzureBlobContainer {id: 'gone', scope: 'azure/" + PROD + "/global', provider: 'azure', "
          + "account: '" + PROD + "', region: 'global', lastScanId: 'scan-0'})").consume();
    }
    String path = "/subscriptions/" + PROD + "/resourceGroups/ml-prod/providers/Microsoft.MachineLearningServices/workspaces/fraud-ws/computes";
    azure.server().stubFor(get(urlPathEqualTo(path)).atPriority(1)
        .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/computes/read' over scope 'z'.\"}}")));
    assertThat(rows("MATCH (d:AzureMLOnlineDeployment) RETURN d")).isEqualTo(2);
    String deployments = "/subscriptions/" + PROD + "/resourceGroups/ml-prod/providers/Microsoft.MachineLearningServices/workspaces/"
        + "fraud-ws/onlineEndpoints/fraud-scoring/deployments";
    azure.server().stubFor(get(urlPathEqualTo(deployments)).atPriority(1)
        .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/read' over scope 'z'.\"}}")));
    assertThat(rows("MATCH (d:AzureMLBatchDeployment) RETURN d")).isEqualTo(2);
    String batchDeployments = "/subscriptions/" + PROD + "/resourceGroups/ml-prod/providers/Microsoft.MachineLearningServices/"
        + "workspaces/fraud-ws/batchEndpoints/fraud-batch/deployments";
    azure.server().stubFor(get(urlPathEqualTo(batchDeployments)).atPriority(1)
        .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments/read' over scope 'z'.\"}}")));
    String registries = "/subscriptions/" + PROD + "/providers/Microsoft.MachineLearningServices/registries";
    azure.server().stubFor(get(urlPathEqualTo(registries)).atPriority(1)
        .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' with object id 'y' does not have authorization to perform action 'Microsoft.MachineLearningServices/registries/read' over scope 'z'.\"}}")));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-b");
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureMLComputeInstance");
        assertThat(f.missingPermission()).isEqualTo("Microsoft.MachineLearningServices/workspaces/computes/read");
      });
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureMLRegistry");
        assertThat(f.missingPermission()).isEqualTo("Microsoft.MachineLearningServices/registries/read");
      });
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureMLOnlineDeployment");
        assertThat(f.missingPermission()).isEqualTo("Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/read");
      });
      assertThat(rows("MATCH (c:AzureMLComputeInstance) RETURN c")).as("kept from scan-a").isEqualTo(3);
      assertThat(rows("MATCH (d:AzureMLOnlineDeployment)-[:SERVED_BY]->(:AzureMLOnlineEndpoint) RETURN d"))
          .as("kept from scan-a").isEqualTo(2);
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureMLBatchDeployment");
        assertThat(f.missingPermission()).isEqualTo("Microsoft.MachineLearningServices/workspaces/batchEndpoints/deployments/read");
      });
      assertThat(rows("MATCH (d:AzureMLBatchDeployment)-[:SERVED_BY]->(:AzureMLBatchEndpoint) RETURN d"))
          .as("kept from scan-a").isEqualTo(2);
      assertThat(rows("MATCH (:AzureMLModelVersion)-[:SERVED_BY]->(:AzureMLBatchEndpoint {name: 'fraud-batch'}) RETURN 1"))
          .as("kept from scan-a").isEqualTo(1);
      assertThat(rows("MATCH (r:AzureMLRegistry) RETURN r")).as("kept from scan-a").isEqualTo(2);
      assertThat(rows("MATCH (c:AzureMLConnection) RETURN c")).as("read again").isEqualTo(2);
      // The second scan re-reads the overlap before the checkpoint and admits none of it again.
      assertThat(one("MATCH (c:ActivityCheckpoint {id: 'azure/" + PROD + "/activity-log'}) RETURN c.eventsRead AS n")
          .get("n").asLong()).isEqualTo(9);
      assertThat(one("MATCH (d:MisuseDetection {provider: 'azure'}) RETURN sum(d.eventCount) AS n").get("n").asLong())
          .isEqualTo(3);
      assertThat(rows("MATCH (c:AzureBlobContainer {id: 'gone'}) RETURN c")).isZero();
    } finally {
      azure.resetFaults();
    }
  }

  @Test
  void failedVirtualMachineReadsAreRecordedAndKeepWhatEarlierScansFound() {
    AzureScans.scan(azure.azureEnvironment(), "scan-vm-a");
    assertThat(rows("MATCH (vm:AzureVirtualMachine) RETURN vm")).isEqualTo(2);
    String gpu = "/subscriptions/" + PROD + "/resourceGroups/vm-prod/providers/Microsoft.Compute/virtualMachines/nlp-gpu-01";
    azure.server().stubFor(get(urlPathEqualTo(gpu)).atPriority(1)
        .willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' "
            + "with object id 'y' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/read' "
            + "over scope 'z'.\"}}")));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-vm-b");
      assertThat(ledger.failures()).filteredOn(f -> f.scope().account().equals(PROD))
          .extracting(ScopeOutcome::resourceType)
          .contains("AzureVirtualMachine", "SoftwarePackage", "AIUsage", "Advisory");
      assertThat(ledger.failures()).filteredOn(f -> "AzureVirtualMachine".equals(f.resourceType())).singleElement()
          .satisfies(f -> assertThat(f.missingPermission()).isEqualTo("Microsoft.Compute/virtualMachines/read"));
      // Its TGI showed only in the user data: this scan did not see it, the earlier one is kept.
      assertThat(rows("MATCH (vm:AzureVirtualMachine {name: 'nlp-gpu-01', lastScanId: 'scan-vm-a'})-[:USES_AI]->() RETURN vm"))
          .isEqualTo(1);
      assertThat(rows("MATCH (vm:AzureVirtualMachine {name: 'ray-head', lastScanId: 'scan-vm-b', settingsScan: 'scanned'}) RETURN vm"))
          .isEqualTo(1);
    } finally {
      azure.resetFaults();
    }
    // Without the network interfaces the VMs are written, their reach unknown, and the Internet edge
    // an earlier scan drew is kept.
    azure.server().stubFor(get(urlPathEqualTo("/subscriptions/" + PROD + "/providers/Microsoft.Network/networkInterfaces"))
        .atPriority(1).willReturn(aResponse().withStatus(403).withBody(denied("Microsoft.Network/networkInterfaces/read"))));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-vm-c");
      assertThat(ledger.failures()).anySatisfy(f -> {
        assertThat(f.resourceType()).isEqualTo("AzureVirtualMachine");
        assertThat(f.missingPermission()).isEqualTo("Microsoft.Network/networkInterfaces/read");
      });
      assertThat(rows("""
          MATCH (:Internet)-[c:CAN_REACH {lastScanId: 'scan-vm-b'}]->(vm:AzureVirtualMachine {name: 'ray-head', lastScanId: 'scan-vm-c'})
          WHERE vm.internetReachable IS NULL RETURN vm""")).isEqualTo(1);
    } finally {
      azure.resetFaults();
    }
    // Without the load balancers nlp-gpu-01 and llm-gpu-pool, which have no public IP of their own, are
    // unknown and keep the edges an earlier scan drew; ray-head keeps the verdict its own public IP gives.
    azure.server().stubFor(get(urlPathEqualTo("/subscriptions/" + PROD + "/providers/Microsoft.Network/loadBalancers"))
        .atPriority(1).willReturn(aResponse().withStatus(403).withBody(denied("Microsoft.Network/loadBalancers/read"))));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-vm-lb");
      assertThat(ledger.failures()).filteredOn(f -> "Microsoft.Network/loadBalancers/read".equals(f.missingPermission()))
          .extracting(ScopeOutcome::resourceType)
          .containsExactlyInAnyOrder("AzureVirtualMachine", "AzureVirtualMachineScaleSet");
      assertThat(rows("""
          MATCH (:Internet)-[c:CAN_REACH]->(vm:AzureVirtualMachine {name: 'nlp-gpu-01', lastScanId: 'scan-vm-lb'})
          WHERE vm.internetReachable IS NULL AND c.lastScanId <> 'scan-vm-lb' RETURN vm""")).isEqualTo(1);
      assertThat(rows("""
          MATCH (:Internet)-[c:CAN_REACH]->(ss:AzureVirtualMachineScaleSet {name: 'llm-gpu-pool', lastScanId: 'scan-vm-lb'})
          WHERE ss.internetReachable IS NULL AND c.lastScanId <> 'scan-vm-lb' RETURN ss""")).isEqualTo(1);
      assertThat(rows("""
          MATCH (:Internet)-[c:CAN_REACH {lastScanId: 'scan-vm-lb'}]->
                (vm:AzureVirtualMachine {name: 'ray-head', lastScanId: 'scan-vm-lb', internetReachable: true})
          RETURN vm""")).isEqualTo(1);
    } finally {
      azure.resetFaults();
    }
    // A denied VM listing is recorded for the VMs and the supply-chain types; what was found is kept.
    azure.server().stubFor(get(urlPathEqualTo("/subscriptions/" + PROD + "/providers/Microsoft.Compute/virtualMachines"))
        .atPriority(1).willReturn(aResponse().withStatus(403).withBody(denied("Microsoft.Compute/virtualMachines/read"))));
    try {
      ScanLedger ledger = AzureScans.scan(azure.azureEnvironment(), "scan-vm-d");
      assertThat(ledger.failures()).filteredOn(f -> f.scope().account().equals(PROD))
          .filteredOn(f -> "Microsoft.Compute/virtualMachines/read".equals(f.missingPermission()))
          .extracting(ScopeOutcome::resourceType)
          .containsExactlyInAnyOrder("AzureVirtualMachine", "SoftwarePackage", "AIUsage", "Advisory");
      assertThat(rows("MATCH (vm:AzureVirtualMachine)-[:USES_AI]->(:AIUsage) RETURN DISTINCT vm")).as("kept").isEqualTo(2);
      assertThat(rows("MATCH (w:AzureMLWorkspace {name: 'fraud-ws', lastScanId: 'scan-vm-d'}) RETURN w")).as("the rest goes on")
          .isEqualTo(1);
    } finally {
      azure.resetFaults();
    }
  }

  private static String denied(String action) {
    return "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'x' with object id 'y' does not have "
        + "authorization to perform action '" + action + "' over scope 'z'.\"}}";
  }

  private static long rows(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list().size();
    }
  }

  private static Record one(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      List<Record> rows = s.run(cypher).list();
      assertThat(rows).as(cypher).hasSize(1);
      return rows.get(0);
    }
  }
}
