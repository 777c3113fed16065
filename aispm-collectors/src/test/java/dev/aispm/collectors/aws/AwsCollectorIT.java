package dev.aispm.collectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** The real SDK against the simulated organization, into a real Neo4j. */
class AwsCollectorIT {
  @RegisterExtension
  static final SimulatedOrganization aws = new SimulatedOrganization();
  static final String A1 = "111111111111";

  @Test
  void collectsTheOrganizationsAiAssetsAcrossAccountsAndRegions() {
    ScanLedger ledger = aws.scan(aws.organizationSettings(), "scan-1");

    // Attack path 1: internet -> notebook with root -> admin role.
    Record nb = one("""
        MATCH (:Internet)-[:CAN_REACH]->(n:Notebook:AWSSageMakerNotebookInstance {name: 'research-notebook'})
              -[:RUNS_AS]->(r:Identity:AWSIAMRole)
        RETURN n.directInternetAccess AS internet, n.rootAccess AS root, n.kmsKeyId AS kms, n.subnetId AS subnet,
               n.region AS region, r.name AS role, r.isAdmin AS admin, r.stub AS stub""");
    assertThat(nb.get("internet").asBoolean()).isTrue();
    assertThat(nb.get("root").asBoolean()).isTrue();
    assertThat(nb.get("kms").isNull()).isTrue();
    assertThat(nb.get("subnet").isNull()).isTrue();
    assertThat(nb.get("region").asString()).isEqualTo("us-east-1");
    assertThat(nb.get("role").asString()).isEqualTo("ResearchNotebookRole");
    assertThat(nb.get("admin").asBoolean()).isTrue();
    assertThat(nb.get("stub").isNull()).as("the IAM sync filled in the role").isTrue();

    // Well-configured counterpart in the other region.
    Record secure = one("MATCH (n:AWSSageMakerNotebookInstance {name: 'secure-notebook'}) "
        + "RETURN n.directInternetAccess AS internet, n.rootAccess AS root, n.region AS region, "
        + "EXISTS { (:Internet)-[:CAN_REACH]->(n) } AS reachable");
    assertThat(secure.get("internet").asBoolean()).isFalse();
    assertThat(secure.get("root").asBoolean()).isFalse();
    assertThat(secure.get("region").asString()).isEqualTo("eu-west-1");
    assertThat(secure.get("reachable").asBoolean()).isFalse();

    // Planted risk 4: a notebook without direct internet access, but in a subnet routing to an
    // internet gateway behind a security group open to the world, is reachable all the same.
    Record labeling = one("""
        MATCH (i:Internet)-[c:CAN_REACH]->(n:AWSSageMakerNotebookInstance {name: 'labeling-notebook'})
              -[:IN_SUBNET]->(s:Network:AWSSubnet)-[:IN_VPC]->(v:AWSVpc),
              (n)-[:HAS_SECURITY_GROUP]->(g:AWSSecurityGroup {openToWorld: true})
        RETURN n.directInternetAccess AS direct, n.internetReachable AS reachable, c.via AS via, c.ports AS ports,
               s.routesToInternetGateway AS routes, s.internetGatewayIds AS igws, s.stub AS stub, v.vpcId AS vpc,
               g.groupId AS group, g.openToWorldPorts AS open, v.tags AS vpcTags""");
    assertThat(labeling.get("direct").asBoolean()).isFalse();
    assertThat(labeling.get("reachable").asBoolean()).isTrue();
    assertThat(labeling.get("via").asString()).isEqualTo("securityGroupOpenToWorld");
    assertThat(labeling.get("routes").asBoolean()).isTrue();
    assertThat(labeling.get("igws").asList()).containsExactly("igw-0acme1prod0000001");
    assertThat(labeling.get("stub").isNull()).as("the network sync filled in the subnet").isTrue();
    assertThat(labeling.get("vpc").asString()).isEqualTo("vpc-0acme1prod0000001");
    assertThat(labeling.get("group").asString()).isEqualTo("sg-0acme1jupyteropen01");
    assertThat(labeling.get("open").asList()).containsExactly("tcp:22", "tcp:8888");
    assertThat(labeling.get("ports").asList()).containsExactly("tcp:22", "tcp:8888");
    assertThat(labeling.get("vpcTags").asList()).contains("env=prod");
    assertThat(strings("MATCH (g:AWSSecurityGroup {groupId: 'sg-0acme1internal00001'}) RETURN toString(g.openToWorld)"))
        .containsExactly("false");
    // The private subnet's default route goes to a NAT gateway; a blackhole route to a deleted
    // internet gateway carries no traffic.
    assertThat(strings("MATCH (s:AWSSubnet {subnetId: 'subnet-0acme1private00001'}) "
        + "RETURN toString(s.routesToInternetGateway) + '/' + s.routeTableId"))
        .containsExactly("false/rtb-0acme1main00000001");
    // The secure notebook's subnet has no internet route: in a VPC, not reachable, and known so.
    assertThat(strings("MATCH (n:AWSSageMakerNotebookInstance {name: 'secure-notebook'})-[:IN_SUBNET]->(s:AWSSubnet) "
        + "RETURN toString(s.routesToInternetGateway) + '/' + toString(n.internetReachable)"))
        .containsExactly("false/false");

    // Planted risk 5: a lifecycle configuration that pipes a download into a shell, and its
    // well-configured counterpart.
    Record script = one("""
        MATCH (n:AWSSageMakerNotebookInstance {name: 'research-notebook'})-[:USES_LIFECYCLE_CONFIG]->
              (c:AWSSageMakerNotebookLifecycleConfig)
        RETURN c.name AS name, c.remoteScriptExecution AS remote, c.riskyPatterns AS patterns,
               c.downloadUrls AS urls, c.stub AS stub, c.tags AS tags""");
    assertThat(script.get("name").asString()).isEqualTo("research-setup");
    assertThat(script.get("remote").asBoolean()).isTrue();
    assertThat(script.get("patterns").asList()).containsExactly("pipe-to-shell");
    assertThat(script.get("urls").asList()).containsExactly("https://tools.acme.example/setup.sh");
    assertThat(script.get("stub").isNull()).isTrue();
    assertThat(script.get("tags").asList()).containsExactly("owner=research");
    assertThat(strings("MATCH (:AWSSageMakerNotebookInstance {name: 'labeling-notebook'})-[:USES_LIFECYCLE_CONFIG]->"
        + "(c) RETURN toString(c.remoteScriptExecution)")).containsExactly("false");
    // Its installs: MLflow 2.2.0 (a critical advisory) and an unpinned Transformers hang from the
    // configuration the notebook uses; the labeling configuration's private mirror is kept, and
    // its one package is no AI package.
    assertThat(strings("""
        MATCH (:AWSSageMakerNotebookInstance {name: 'research-notebook'})-[:USES_LIFECYCLE_CONFIG]->
              (:AWSSageMakerNotebookLifecycleConfig)-[:USES_PACKAGE]->(p:SoftwarePackage)
        OPTIONAL MATCH (p)-[:AFFECTED_BY]->(a:Advisory {severity: 'critical'})
        RETURN p.purl + ' ' + p.record + ' ' + coalesce(a.advisoryId, '-')"""))
        .containsExactlyInAnyOrder("pkg:pypi/mlflow@2.2.0 pip-install GHSA-xg73-94fp-g449", "pkg:pypi/transformers pip-install -");
    assertThat(strings("MATCH (c:AWSSageMakerNotebookLifecycleConfig {name: 'labeling-setup'}) "
        + "RETURN c.installScan + ' ' + c.packageIndexes[0] + ' ' + toString(COUNT { (c)-[:USES_PACKAGE]->() })"))
        .containsExactly("scanned https://pypi.internal.acme.example/simple 0");

    // Planted risk 6: a Studio domain on SageMaker's public internet, running as the admin role,
    // and its VpcOnly, KMS-encrypted counterpart.
    Record studio = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(d:Notebook:AWSSageMakerDomain {name: 'acme-studio'})-[:RUNS_AS]->(r:AWSIAMRole),
              (u:AWSSageMakerUserProfile {name: 'data-scientist-1'})-[:IN_DOMAIN]->(d), (u)-[:RUNS_AS]->(r)
        RETURN d.vpcOnly AS vpcOnly, d.customerKmsKey AS kms, c.via AS via, r.isAdmin AS admin,
               d.notebookOutputSharing AS sharing, u.executionRole AS own""");
    assertThat(studio.get("vpcOnly").asBoolean()).isFalse();
    assertThat(studio.get("kms").asBoolean()).isFalse();
    assertThat(studio.get("via").asString()).isEqualTo("publicInternetOnly");
    assertThat(studio.get("admin").asBoolean()).isTrue();
    assertThat(studio.get("sharing").asBoolean()).isTrue();
    assertThat(studio.get("own").isNull()).as("the profile inherits the domain's role").isTrue();
    // The domain's JupyterLab apps start with a Studio lifecycle configuration that installs the OpenAI
    // SDK and, unpinned, Jupyter AI.
    assertThat(strings("""
        MATCH (:AWSSageMakerDomain {name: 'acme-studio'})-[:USES_LIFECYCLE_CONFIG]->
              (c:StartupScript:AWSSageMakerStudioLifecycleConfig)-[:USES_PACKAGE]->(p:SoftwarePackage)
        RETURN c.name + ' ' + c.appType + ' ' + c.installScan + ' ' + p.purl"""))
        .containsExactlyInAnyOrder("jupyterlab-ai-tools JupyterLab scanned pkg:pypi/openai@1.30.1",
            "jupyterlab-ai-tools JupyterLab scanned pkg:pypi/jupyter-ai");
    assertThat(strings("MATCH (d:AWSSageMakerDomain {name: 'acme-studio-eu'}) RETURN toString(d.vpcOnly) + '/' "
        + "+ toString(d.customerKmsKey) + '/' + toString(d.internetReachable)")).containsExactly("true/true/false");

    // Planted risk 7: a processing job without network isolation that writes the training data.
    Record processing = one("""
        MATCH (p:AWSSageMakerProcessingJob {name: 'fraud-features-processing'})-[:WRITES]->(o:AWSS3Prefix),
              (p)-[:READS]->(i:AWSS3Prefix), (p)-[:RUNS_AS]->(r:AWSIAMRole)
        RETURN p.networkIsolation AS isolation, p.volumeKmsKeyId AS kms, o.uri AS out, i.uri AS in, r.name AS role,
               EXISTS { (o)<-[:READS]-(:TrainingJob) } AS feedsTraining""");
    assertThat(processing.get("isolation").asBoolean()).isFalse();
    assertThat(processing.get("kms").isNull()).isTrue();
    assertThat(processing.get("out").asString()).isEqualTo("s3://acme-training-data/fraud/train/");
    assertThat(processing.get("in").asString()).isEqualTo("s3://acme-training-data/fraud/raw/");
    assertThat(processing.get("role").asString()).isEqualTo("MLPipelineRole");
    assertThat(processing.get("feedsTraining").asBoolean()).isTrue();
    assertThat(strings("MATCH (p:AWSSageMakerProcessingJob {name: 'churn-features-processing'})-[:IN_SUBNET]->(s) "
        + "RETURN toString(p.networkIsolation) + '/' + s.subnetId")).containsExactly("true/subnet-0e1f2a3b4c5d6e7f8");

    // Studio spaces and apps: a shared space owned by the data scientist, with its JupyterLab app, next to the
    // data scientist's own JupyterServer app.
    Record space = one("""
        MATCH (s:Workspace:AWSSageMakerSpace {name: 'fraud-team-shared'})-[:IN_DOMAIN]->(d:AWSSageMakerDomain {name: 'acme-studio'}),
              (s)-[:OWNED_BY]->(u:AWSSageMakerUserProfile {name: 'data-scientist-1'}),
              (a:Compute:AWSSageMakerApp)-[:APP_OF]->(s), (a)-[:IN_DOMAIN]->(d)
        RETURN s.shared AS shared, s.appType AS appType, a.appType AS app, a.instanceType AS instance,
               u.stub AS profileStub""");
    assertThat(space.get("shared").asBoolean()).isTrue();
    assertThat(space.get("appType").asString()).isEqualTo("JupyterLab");
    assertThat(space.get("app").asString()).isEqualTo("JupyterLab");
    assertThat(space.get("instance").asString()).isEqualTo("ml.g5.xlarge");
    assertThat(space.get("profileStub").isNull()).as("the owner is the collected profile, not a stub").isTrue();
    assertThat(strings("MATCH (a:AWSSageMakerApp)-[:APP_OF]->(:AWSSageMakerUserProfile {name: 'data-scientist-1'}) "
        + "RETURN a.appType + '/' + a.status")).containsExactly("JupyterServer/InService");

    // Planted risk 7b: a tuning job without network isolation reads the training data; as a TrainingJob the
    // training rules and poisoning paths cover it. Its eu-west-1 counterpart is isolated, encrypted and in a VPC.
    Record tuning = one("""
        MATCH (j:TrainingJob:AWSSageMakerHyperParameterTuningJob {name: 'fraud-detector-tuning'})
              -[:READS]->(p:AWSS3Prefix {uri: 's3://acme-training-data/fraud/train/'})-[:IN_BUCKET]->(b:AWSS3Bucket),
              (j)-[:RUNS_AS]->(r:AWSIAMRole), (j)-[:WRITES]->(o:AWSS3Prefix)
        RETURN j.networkIsolation AS isolation, j.interContainerEncryption AS encryption, j.volumeKmsKeyId AS kms,
               j.subnetIds AS subnets, r.name AS role, o.uri AS out, b.name AS bucket""");
    assertThat(tuning.get("isolation").asBoolean()).isFalse();
    assertThat(tuning.get("encryption").asBoolean()).isFalse();
    assertThat(tuning.get("kms").isNull()).isTrue();
    assertThat(tuning.get("subnets").isNull()).isTrue();
    assertThat(tuning.get("role").asString()).isEqualTo("SageMakerTrainingRole");
    assertThat(tuning.get("out").asString()).isEqualTo("s3://acme-models/fraud-detector-tuning/");
    assertThat(tuning.get("bucket").asString()).isEqualTo("acme-training-data");
    assertThat(strings("""
        MATCH (j:AWSSageMakerHyperParameterTuningJob {name: 'churn-predictor-tuning', region: 'eu-west-1'})
              -[:IN_SUBNET]->(s:AWSSubnet), (j)-[:HAS_SECURITY_GROUP]->(g:AWSSecurityGroup)
        RETURN toString(j.networkIsolation) + '/' + toString(j.interContainerEncryption) + '/'
               + toString(j.volumeKmsKeyId IS NOT NULL) + '/' + s.subnetId + '/' + g.groupId"""))
        .containsExactly("true/true/true/subnet-0e1f2a3b4c5d6e7f8/sg-0a1b2c3d4e5f60001");

    // Planted risk 8: a registered model version deployed without approval, next to an approved one.
    Record unapproved = one("""
        MATCH (g:AWSSageMakerModelPackageGroup)<-[:IN_GROUP]-(p:AWSSageMakerModelPackage)<-[:FROM_PACKAGE]-
              (m:AWSSageMakerModel)-[:SERVED_BY]->(e:AWSSageMakerEndpoint), (p)-[:USES_ARTIFACT]->(a:ModelArtifact)
        RETURN g.name AS groupName, p.approvalStatus AS approval, p.version AS version, e.name AS endpoint, a.uri AS artifact,
               p.stub AS stub""");
    assertThat(unapproved.get("groupName").asString()).isEqualTo("claims-triage");
    assertThat(unapproved.get("approval").asString()).isEqualTo("PendingManualApproval");
    assertThat(unapproved.get("version").asLong()).isEqualTo(2);
    assertThat(unapproved.get("endpoint").asString()).isEqualTo("claims-triage-endpoint");
    assertThat(unapproved.get("artifact").asString()).isEqualTo("s3://acme-models/claims-triage/model.tar.gz");
    assertThat(unapproved.get("stub").isNull()).isTrue();
    assertThat(strings("MATCH (p:AWSSageMakerModelPackage {region: 'eu-west-1'}) RETURN p.approvalStatus"))
        .containsExactly("Approved");
    assertThat(strings("MATCH (p:AWSSageMakerPipeline {name: 'fraud-retraining'})-[:RUNS_AS]->(r) RETURN r.name"))
        .containsExactly("MLPipelineRole");
    // The pipeline's definition (DescribePipeline) passes a Slack webhook to its processing step.
    assertThat(strings("MATCH (p:AWSSageMakerPipeline {name: 'fraud-retraining'}) UNWIND p.settingSecrets AS s RETURN s"))
        .singleElement().asString()
        .startsWith("Steps[Features].Arguments.AppSpecification.ContainerArguments[1]: secret.slack-webhook")
        .doesNotContain("Hc4Vn9Qz2Lw7Rt5Yb1Kx8Mp3");

    // Planted risk 2: publicly writable training data -> job -> artifact -> model -> endpoint.
    Record lineage = one("""
        MATCH (b:DataStore:AWSS3Bucket {name: 'acme-training-data'})<-[:IN_BUCKET]-(p:AWSS3Prefix)
              <-[:READS]-(j:TrainingJob)-[:PRODUCED]->(a:ModelArtifact)<-[:USES_ARTIFACT]-(m:Model)
              -[:SERVED_BY]->(e:Endpoint)
        RETURN b.policyPublicWrite AS publicWrite, b.policyPublic AS isPublic, b.publicAccessBlocked AS blocked,
               b.usedByAi AS used, j.name AS job, a.uri AS artifact, m.name AS model, e.name AS endpoint,
               e.dataCaptureEnabled AS capture, e.customerKmsKey AS kms, e.publiclyInvocable AS publicly,
               EXISTS { (:Internet)-[:CAN_REACH]->(e) } AS reachable
        LIMIT 1""");
    assertThat(lineage.get("publicWrite").asBoolean()).isTrue();
    assertThat(lineage.get("isPublic").asBoolean()).isTrue();
    assertThat(lineage.get("blocked").asBoolean()).isFalse();
    assertThat(lineage.get("used").asBoolean()).isTrue();
    assertThat(lineage.get("job").asString()).isEqualTo("fraud-detector-training");
    assertThat(lineage.get("artifact").asString()).isEqualTo("s3://acme-models/fraud-detector/model.tar.gz");
    assertThat(lineage.get("endpoint").asString()).isEqualTo("fraud-detector-endpoint");
    assertThat(lineage.get("capture").asBoolean()).isFalse();
    assertThat(lineage.get("kms").asBoolean()).isFalse();
    assertThat(lineage.get("publicly").asBoolean()).isTrue();
    assertThat(lineage.get("reachable").asBoolean()).isTrue();

    // Production tags on the fraud endpoint, read with ListTags.
    assertThat(strings("MATCH (e:AWSSageMakerEndpoint {name: 'fraud-detector-endpoint'}) UNWIND e.tags AS t RETURN t"))
        .contains("env=production", "owner=fraud-team");
    assertThat(strings("MATCH (:Internet)-[c:CAN_REACH]->(e:AWSSageMakerEndpoint {name: 'fraud-detector-endpoint'}) "
        + "RETURN c.via")).containsExactly("modelOutsideVpc");
    // An endpoint whose model runs in the public subnet behind the open group is reachable through it.
    Record claims = one("""
        MATCH (:Internet)-[c:CAN_REACH]->(e:AWSSageMakerEndpoint {name: 'claims-triage-endpoint'})
              -[:IN_SUBNET]->(s:AWSSubnet), (e)-[:HAS_SECURITY_GROUP]->(g:AWSSecurityGroup)
        RETURN c.via AS via, c.subnetId AS subnet, c.securityGroupId AS group, e.publiclyInvocable AS publicly,
               e.internetReachable AS reachable, s.subnetId AS placed, g.groupId AS sg""");
    assertThat(claims.get("via").asString()).isEqualTo("securityGroupOpenToWorld");
    assertThat(claims.get("subnet").asString()).isEqualTo("subnet-0acme1public000001");
    assertThat(claims.get("group").asString()).isEqualTo("sg-0acme1jupyteropen01");
    assertThat(claims.get("publicly").asBoolean()).isFalse();
    assertThat(claims.get("reachable").asBoolean()).isTrue();
    assertThat(strings("MATCH (m:AWSSageMakerModel {name: 'claims-triage-model'})-[:IN_SUBNET]->(s) RETURN s.subnetId"))
        .containsExactly("subnet-0acme1public000001");

    Record churn = one("MATCH (e:AWSSageMakerEndpoint {name: 'churn-predictor-endpoint'}) RETURN e.dataCaptureEnabled AS "
        + "capture, e.customerKmsKey AS kms, e.publiclyInvocable AS publicly");
    assertThat(churn.get("capture").asBoolean()).isTrue();
    assertThat(churn.get("kms").asBoolean()).isTrue();
    assertThat(churn.get("publicly").asBoolean()).isFalse();
    assertThat(strings("MATCH (e:AWSSageMakerEndpoint {name: 'churn-predictor-endpoint'}) "
        + "RETURN toString(e.internetReachable) + '/' + toString(EXISTS { (:Internet)-[:CAN_REACH]->(e) })"))
        .containsExactly("false/false");

    // Planted risk 3: privilege escalation through PassRole + CreateTrainingJob.
    Record pipeline = one("MATCH (r:AWSIAMRole {name: 'MLPipelineRole'}) RETURN r.canPassRole AS pass, "
        + "r.canCreateAiJobs AS jobs, r.isAdmin AS admin, r.privilegeLevel AS level, r.trustedServices AS services");
    assertThat(pipeline.get("pass").asBoolean()).isTrue();
    assertThat(pipeline.get("jobs").asBoolean()).isTrue();
    assertThat(pipeline.get("admin").asBoolean()).isFalse();
    assertThat(pipeline.get("level").asString()).isEqualTo("write");
    assertThat(pipeline.get("services").asList()).containsExactly("sagemaker.amazonaws.com");

    // Who can write the training data (poisoning exposure) and read it.
    assertThat(strings("MATCH (r:AWSIAMRole)-[:CAN_WRITE]->(:AWSS3Bucket {name: 'acme-training-data'}) RETURN r.name"))
        .containsExactlyInAnyOrder("ResearchNotebookRole");
    assertThat(strings("MATCH (r:AWSIAMRole)-[:CAN_READ]->(:AWSS3Bucket {name: 'acme-training-data'}) RETURN r.name"))
        .containsExactlyInAnyOrder("ResearchNotebookRole", "MLPipelineRole", "SageMakerTrainingRole",
            "BedrockCustomizationRole", "MlflowServerRole", "LlmGatewayTaskRole");

    Record secureBucket = one("MATCH (b:AWSS3Bucket {name: 'acme-secure-data'}) RETURN b.publicAccessBlocked AS blocked, "
        + "b.encryption AS enc, b.versioning AS versioning, b.objectLock AS lock, b.loggingEnabled AS logging, "
        + "b.policyPublic AS isPublic, b.bucketRegion AS region");
    assertThat(secureBucket.get("blocked").asBoolean()).isTrue();
    assertThat(secureBucket.get("enc").asString()).isEqualTo("aws:kms");
    assertThat(secureBucket.get("versioning").asString()).isEqualTo("Enabled");
    assertThat(secureBucket.get("lock").asBoolean()).isTrue();
    assertThat(secureBucket.get("logging").asBoolean()).isTrue();
    assertThat(secureBucket.get("isPublic").asBoolean()).as("a deny statement is not public access").isFalse();
    assertThat(secureBucket.get("region").asString()).isEqualTo("eu-west-1");
    assertThat(strings("MATCH (b:AWSS3Bucket {name: 'acme-models'}) RETURN b.policyCrossAccountPrincipals[0]"))
        .containsExactly("222222222222");

    // The second account, reached through AssumeRole, with its account-level public access block.
    assertThat(strings("MATCH (n:AWSSageMakerNotebookInstance {account: '222222222222'}) RETURN n.name"))
        .containsExactly("analytics-notebook");
    assertThat(strings("MATCH (b:AWSS3Bucket {name: 'acme-research-scratch'}) RETURN toString(b.publicAccessBlocked)"))
        .containsExactly("true");
    assertThat(strings("MATCH (a:AWSAccount {scanned: true}) RETURN a.id"))
        .containsExactlyInAnyOrder(A1, "222222222222");

    // The failing region is on the ledger with the denied permission; the rest completed.
    ScopeOutcome denied = ledger.failures().stream()
        .filter(o -> o.scope().region().equals("ap-southeast-2") && "AWSSageMakerNotebookInstance".equals(o.resourceType()))
        .findFirst().orElseThrow();
    assertThat(denied.missingPermission()).isEqualTo("sagemaker:ListNotebookInstances");
    assertThat(denied.error()).contains("AccessDeniedException");
    assertThat(ledger.failures()).allMatch(o -> o.scope().region().equals("ap-southeast-2"));
    assertThat(ledger.failures()).extracting(ScopeOutcome::resourceType).as("every SageMaker type reports the denial")
        .contains("AWSSageMakerDomain", "AWSSageMakerProcessingJob", "AWSSageMakerModelPackage",
            "AWSSageMakerPipeline", "AWSSageMakerNotebookLifecycleConfig", "AWSSageMakerStudioLifecycleConfig")
        .doesNotContain("AWSSubnet", "AWSSecurityGroup", "AWSVpc");
    assertThat(ledger.cleanable()).contains(Map.entry(new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"),
        "AWSSageMakerNotebookInstance"));
  }

  @Test
  void aSecondScanRemovesWhatDisappearedOnlyWhereCollectionSucceeded() {
    aws.scan(aws.organizationSettings(), "scan-1");
    assertThat(strings("MATCH (n:AWSSageMakerNotebookInstance {account: '111111111111'}) RETURN n.name"))
        .containsExactlyInAnyOrder("research-notebook", "secure-notebook", "labeling-notebook");

    // us-east-1 now has no notebooks; eu-west-1 answers 503 to every attempt.
    var server = aws.cloud().server();
    server.stubFor(post(urlEqualTo("/")).atPriority(1)
        .withHeader("X-Amz-Target", equalTo("SageMaker.ListNotebookInstances"))
        .withHeader("Authorization", matching(".*/us-east-1/sagemaker/aws4_request.*"))
        .withHeader("Authorization", matching(".*Credential=AKIAACMEPROD0SCANNER/.*"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody("{\"NotebookInstances\":[]}")));
    server.stubFor(post(urlEqualTo("/")).atPriority(1)
        .withHeader("X-Amz-Target", equalTo("SageMaker.ListNotebookInstances"))
        .withHeader("Authorization", matching(".*/eu-west-1/sagemaker/aws4_request.*"))
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody("{\"__type\":\"InternalFailure\",\"message\":\"simulated outage\"}")));

    ScanLedger second = aws.scan(aws.organizationSettings(), "scan-2");

    assertThat(strings("MATCH (n:AWSSageMakerNotebookInstance {account: '111111111111'}) RETURN n.name"))
        .as("gone from a successful scope, kept in a failed one").containsExactly("secure-notebook");
    assertThat(strings("MATCH (n:AWSSageMakerNotebookInstance {account: '222222222222'}) RETURN n.name"))
        .containsExactly("analytics-notebook");
    assertThat(InProcessNeo4j.count("MATCH (:Internet)-[r:CAN_REACH]->(:AWSSageMakerNotebookInstance) RETURN count(r)"))
        .isZero();
    ScopeOutcome unavailable = second.failures().stream()
        .filter(o -> o.scope().region().equals("eu-west-1")).findFirst().orElseThrow();
    assertThat(unavailable.error()).contains("InternalFailure");
    assertThat(unavailable.missingPermission()).isNull();
  }

  static Record one(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      List<Record> rows = s.run(cypher).list();
      assertThat(rows).as(cypher).isNotEmpty();
      return rows.get(0);
    }
  }

  static List<String> strings(String cypher) {
    try (Session s = InProcessNeo4j.connection().session()) {
      return s.run(cypher).list(r -> r.get(0).isNull() ? null : r.get(0).asString());
    }
  }
}
