package dev.aispm.collectors.aws.bedrock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.aws.SimulatedOrganization;
import dev.aispm.graph.scan.ScanLedger;
import dev.aispm.graph.scan.ScopeOutcome;
import dev.aispm.graph.testing.InProcessNeo4j;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Bedrock and Bedrock Agents through the real SDK against the simulated organization, into a real Neo4j. */
class BedrockCollectorIT {
  @RegisterExtension
  static final SimulatedOrganization aws = new SimulatedOrganization();
  static final String A1 = "111111111111";

  @Test
  void collectsBedrockModelsLineageGuardrailsAgentsAndKnowledgeBases() {
    ScanLedger ledger = aws.scan(aws.organizationSettings(), "bedrock-1");

    // Invocation logging: off in us-east-1 (no configuration), on in eu-west-1 to S3 and CloudWatch.
    Record east = one("MATCH (l:Visibility:AWSBedrockModelInvocationLogging {account: '" + A1 + "', region: 'us-east-1'}) "
        + "RETURN l.enabled AS enabled, l.s3BucketName AS bucket");
    assertThat(east.get("enabled").asBoolean()).isFalse();
    assertThat(east.get("bucket").isNull()).isTrue();
    Record west = one("MATCH (l:AWSBedrockModelInvocationLogging {account: '" + A1 + "', region: 'eu-west-1'}) "
        + "-[:LOGS_TO]->(b:AWSS3Bucket) RETURN l.enabled AS enabled, l.cloudWatchLogGroup AS group, b.name AS bucket, "
        + "b.encryption AS enc, l.textDataDelivery AS text");
    assertThat(west.get("enabled").asBoolean()).isTrue();
    assertThat(west.get("group").asString()).isEqualTo("/aws/bedrock/invocations");
    assertThat(west.get("bucket").asString()).isEqualTo("acme-secure-data");
    assertThat(west.get("enc").asString()).isEqualTo("aws:kms");
    assertThat(west.get("text").asBoolean()).isTrue();
    assertThat(strings("MATCH (l:AWSBedrockModelInvocationLogging {account: '222222222222', region: 'us-east-1'}) "
        + "RETURN l.cloudWatchLogGroup")).containsExactly("/aws/bedrock/research");

    // Poisoning lineage: publicly writable bucket -> prefix -> fine-tuning job -> custom model -> throughput.
    Record lineage = one("""
        MATCH (b:DataStore:AWSS3Bucket {name: 'acme-training-data'})<-[:IN_BUCKET]-(p:AWSS3Prefix)
              <-[:READS]-(j:TrainingJob:AWSBedrockModelCustomizationJob)-[:PRODUCED]->(m:Model:AWSBedrockCustomModel)
              -[:SERVED_BY]->(pt:Endpoint:AWSBedrockProvisionedThroughput)
        MATCH (m)-[:FINE_TUNED_FROM]->(f:FoundationModel)
        MATCH (j)-[:RUNS_AS]->(r:AWSIAMRole)
        RETURN b.policyPublicWrite AS publicWrite, j.name AS job, j.inVpc AS vpc, j.outputEncryptedWithCmk AS jobKms,
               m.name AS model, m.customerKmsKey AS kms, m.stub AS stub, pt.name AS throughput, f.name AS base,
               f.stub AS baseStub, r.name AS role, r.stub AS roleStub,
               EXISTS { (j)-[:WRITES]->(:AWSS3Prefix {uri: 's3://acme-models/bedrock/fraud-titan-ft/'}) } AS writes
        LIMIT 1""");
    assertThat(lineage.get("publicWrite").asBoolean()).isTrue();
    assertThat(lineage.get("job").asString()).isEqualTo("fraud-titan-ft-job");
    assertThat(lineage.get("vpc").asBoolean()).isFalse();
    assertThat(lineage.get("jobKms").asBoolean()).isFalse();
    assertThat(lineage.get("model").asString()).isEqualTo("fraud-titan-ft");
    assertThat(lineage.get("kms").asBoolean()).isFalse();
    assertThat(lineage.get("stub").isNull()).as("the custom model sync filled in the model").isTrue();
    assertThat(lineage.get("throughput").asString()).isEqualTo("fraud-titan-ft-pt");
    assertThat(lineage.get("base").asString()).isEqualTo("amazon.titan-text-express-v1:0:8k");
    assertThat(lineage.get("baseStub").asBoolean()).isTrue();
    assertThat(lineage.get("role").asString()).isEqualTo("BedrockCustomizationRole");
    assertThat(lineage.get("roleStub").isNull()).isTrue();
    assertThat(lineage.get("writes").asBoolean()).isTrue();
    // The job reads the same prefixes as the SageMaker job, so it shares the data scanner's verdict.
    assertThat(strings("MATCH (:AWSBedrockModelCustomizationJob {name: 'fraud-titan-ft-job'})-[:READS]->(p) "
        + "RETURN p.sensitivity ORDER BY p.uri")).containsExactly("secrets", "none");

    // The well-configured counterpart in eu-west-1, and the imported model's weights.
    Record secure = one("MATCH (j:AWSBedrockModelCustomizationJob {name: 'churn-summarizer-job'})-[:PRODUCED]->(m) "
        + "RETURN j.inVpc AS vpc, j.subnetIds AS subnets, j.outputEncryptedWithCmk AS jobKms, m.customerKmsKey AS kms, "
        + "j.validationDataUris AS validation");
    assertThat(secure.get("vpc").asBoolean()).isTrue();
    assertThat(secure.get("subnets").asList()).containsExactly("subnet-0a1b2c3d4e5f60001");
    assertThat(secure.get("jobKms").asBoolean()).isTrue();
    assertThat(secure.get("kms").asBoolean()).isTrue();
    assertThat(secure.get("validation").isNull()).as("an empty validator list is no validation data").isTrue();
    assertThat(strings("MATCH (:Model:AWSBedrockImportedModel {name: 'support-llama'})-[:USES_ARTIFACT]->(a:ModelArtifact) "
        + "RETURN a.uri + ' ' + a.scanStatus")).as("the weights folder was scanned")
        .containsExactly("s3://acme-models/bedrock/imports/support-llama/ clean");

    // Guardrails: the weak one and the strong one.
    Record weak = one("MATCH (g:Guardrail:AWSBedrockGuardrail {name: 'support-basic-guardrail'}) RETURN g.promptAttackStrength AS pa, "
        + "g.weakestContentStrength AS weakest, g.sensitiveInformationEnabled AS pii, g.wordFilterEnabled AS words");
    assertThat(weak.get("pa").asString()).isEqualTo("LOW");
    assertThat(weak.get("weakest").asString()).as("violence is not filtered").isEqualTo("NONE");
    assertThat(weak.get("pii").asBoolean()).isFalse();
    assertThat(weak.get("words").asBoolean()).isFalse();
    Record strong = one("MATCH (g:AWSBedrockGuardrail {name: 'customer-facing-guardrail'}) RETURN g.promptAttackStrength AS pa, "
        + "g.weakestContentStrength AS weakest, g.sensitiveInformationEnabled AS pii, g.deniedTopics AS topics, "
        + "g.contextualGroundingEnabled AS grounding, g.regexFilterCount AS regexes");
    assertThat(strong.get("pa").asString()).isEqualTo("HIGH");
    assertThat(strong.get("weakest").asString()).isEqualTo("HIGH");
    assertThat(strong.get("pii").asBoolean()).isTrue();
    assertThat(strong.get("topics").asList()).containsExactly("Investment advice");
    assertThat(strong.get("grounding").asBoolean()).isTrue();
    assertThat(strong.get("regexes").asInt()).isEqualTo(1);

    // Its instruction tells the model a Stripe key, and version 1, which the live alias serves, an
    // OpenAI key the draft no longer holds: judged on the way, named by version, never stored.
    List<String> secrets = strings("MATCH (a:AWSBedrockAgent {name: 'support-agent'}) UNWIND a.settingSecrets AS s RETURN s");
    assertThat(secrets).hasSize(2);
    assertThat(secrets.get(0)).startsWith("instruction line 2: secret.stripe-secret-key (critical)")
        .doesNotContain("51Pq8ZrT2wXk9LmV4nB7cY3dJ6hF0gS5aE1uI8oQ2pW4rT6yU9iO3");
    assertThat(secrets.get(1)).startsWith("version 1: instruction line 2: secret.openai-api-key (critical)")
        .doesNotContain("Kw7Mz2Qx9Lp4Rt1Yb6Vn3Hc8Df5Gs0Ja2Ue7Io4Pw9Xr1Tq6Ns3Mb8Lz5");
    assertThat(strings("MATCH (a:AWSBedrockAgent {name: 'faq-agent'}) RETURN a.settingsScan")).containsExactly("scanned");

    // The aliases, the versions they serve, and which of those run without a guardrail.
    Record live = one("MATCH (l:AWSBedrockAgentAlias {name: 'live'})-[:ALIAS_OF]->(a:AWSBedrockAgent) "
        + "RETURN l.id AS id, l.routedVersions AS routed, l.invocationState AS state, a.name AS agent, "
        + "a.servedVersions AS served, a.servedVersionsRead AS read, a.servedVersionsWithoutGuardrail AS unguarded");
    assertThat(live.get("id").asString()).isEqualTo("arn:aws:bedrock:us-east-1:111111111111:agent-alias/SUPPORTAG01/LIVEALIAS1");
    assertThat(live.get("routed").asList()).containsExactly("1");
    assertThat(live.get("state").asString()).isEqualTo("ACCEPT_INVOCATIONS");
    assertThat(live.get("agent").asString()).isEqualTo("support-agent");
    assertThat(live.get("served").asList()).containsExactly("1");
    assertThat(live.get("read").asBoolean()).isTrue();
    assertThat(live.get("unguarded").asList()).containsExactly("1");
    assertThat(strings("MATCH (l:AWSBedrockAgentAlias)-[:ALIAS_OF]->(:AWSBedrockAgent {name: 'support-agent'}) "
        + "RETURN l.name ORDER BY l.name")).containsExactly("AgentTestAlias", "live");
    Record faqServed = one("MATCH (a:AWSBedrockAgent {name: 'faq-agent'}) RETURN a.servedVersionsRead AS read, "
        + "size(coalesce(a.servedVersionsWithoutGuardrail, [])) AS unguarded");
    assertThat(faqServed.get("read").asBoolean()).as("an agent without aliases has nothing more to read").isTrue();
    assertThat(faqServed.get("unguarded").asInt()).isZero();

    // The agent without a guardrail whose tool is a Lambda running as its own role, and its knowledge base.
    Record agent = one("""
        MATCH (a:Agent:AWSBedrockAgent {name: 'support-agent'})-[:HAS_ACTION_GROUP]->(g:AgentTool {version: 'DRAFT'})
              -[:INVOKES]->(f:Compute:AWSLambdaFunction)-[:RUNS_AS]->(fr:AWSIAMRole)
        MATCH (a)-[:RUNS_AS]->(r:AWSIAMRole)
        MATCH (a)-[:USES_MODEL]->(m:AWSBedrockFoundationModel)
        MATCH (a)-[:USES_KNOWLEDGE_BASE]->(kb:KnowledgeBase)-[:HAS_DATA_SOURCE]->(ds:AWSBedrockDataSource)
              -[:READS]->(p:AWSS3Prefix)-[:IN_BUCKET]->(b:AWSS3Bucket)
        MATCH (kb)-[:RUNS_AS]->(kr:AWSIAMRole)
        RETURN a.guardrailConfigured AS guarded, a.customerKmsKey AS kms, a.idleSessionTtlSeconds AS ttl,
               EXISTS { (a)-[:PROTECTED_BY]->() } AS protected, g.name AS group, g.executorType AS executor,
               g.functionNames AS functions, f.name AS fn, f.runtime AS runtime, f.stub AS fnStub, fr.name AS fnRole, fr.privilegeLevel AS fnLevel,
               r.name AS role, m.id AS model, kb.name AS kb, kb.storageType AS storage, kb.vectorStoreArn AS store,
               kr.name AS kbRole, ds.sourceType AS sourceType, p.uri AS prefix, b.name AS bucket, b.aclPublic AS aclPublic,
               b.usedByAi AS used""");
    assertThat(agent.get("guarded").asBoolean()).isFalse();
    assertThat(agent.get("protected").asBoolean()).isFalse();
    assertThat(agent.get("kms").asBoolean()).isFalse();
    assertThat(agent.get("ttl").asInt()).isEqualTo(3600);
    assertThat(agent.get("group").asString()).isEqualTo("refunds");
    assertThat(agent.get("executor").asString()).isEqualTo("LAMBDA");
    assertThat(agent.get("functions").asList()).containsExactly("issue_refund");
    assertThat(agent.get("fn").asString()).isEqualTo("refund-tool");
    assertThat(agent.get("runtime").asString()).isEqualTo("python3.12");
    assertThat(agent.get("fnStub").isNull()).as("GetFunction filled in the function").isTrue();
    assertThat(agent.get("fnRole").asString()).isEqualTo("RefundToolLambdaRole");
    assertThat(agent.get("fnLevel").asString()).as("the tool can change data: the unguarded-agent path holds").isEqualTo("write");
    assertThat(agent.get("role").asString()).isEqualTo("SupportAgentRole");
    assertThat(agent.get("model").asString())
        .isEqualTo("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-sonnet-20240229-v1:0");
    assertThat(agent.get("kb").asString()).isEqualTo("support-kb");
    assertThat(agent.get("storage").asString()).isEqualTo("OPENSEARCH_SERVERLESS");
    assertThat(agent.get("store").asString()).isEqualTo("arn:aws:aoss:us-east-1:111111111111:collection/kbcoll0001");
    assertThat(agent.get("kbRole").asString()).isEqualTo("KnowledgeBaseRole");
    assertThat(agent.get("sourceType").asString()).isEqualTo("S3");
    assertThat(agent.get("prefix").asString()).isEqualTo("s3://acme-kb-docs/support/");
    assertThat(agent.get("bucket").asString()).isEqualTo("acme-kb-docs");
    assertThat(agent.get("aclPublic").asBoolean()).isTrue();
    assertThat(agent.get("used").asBoolean()).isTrue();

    // Version 1, which the live alias serves, has its own node for the same tool, named by version.
    assertThat(strings("MATCH (:AWSBedrockAgent {name: 'support-agent'})-[:HAS_ACTION_GROUP]->(g:AgentTool)"
        + "-[:INVOKES]->(f:AWSLambdaFunction) RETURN g.version + ' ' + g.id + ' ' + f.name ORDER BY g.version"))
        .containsExactly(
            "1 arn:aws:bedrock:us-east-1:111111111111:agent/SUPPORTAG01/version/1/actiongroup/REFUNDSAG01 refund-tool",
            "DRAFT arn:aws:bedrock:us-east-1:111111111111:agent/SUPPORTAG01/actiongroup/REFUNDSAG01 refund-tool");

    Record faq = one("MATCH (a:AWSBedrockAgent {name: 'faq-agent'})-[p:PROTECTED_BY]->(g:AWSBedrockGuardrail) "
        + "RETURN a.guardrailConfigured AS guarded, a.customerKmsKey AS kms, a.memoryEnabled AS memory, g.name AS guardrail, "
        + "g.stub AS stub, p.version AS version");
    assertThat(faq.get("guarded").asBoolean()).isTrue();
    assertThat(faq.get("kms").asBoolean()).isTrue();
    assertThat(faq.get("memory").asBoolean()).isTrue();
    assertThat(faq.get("guardrail").asString()).isEqualTo("customer-facing-guardrail");
    assertThat(faq.get("stub").isNull()).isTrue();
    assertThat(faq.get("version").asString()).isEqualTo("1");

    // Every scanned region records that its guardrails were listed, and how many there are.
    Record coverage = one("MATCH (c:AWSBedrockGuardrailCoverage {account: '" + A1 + "', region: 'us-east-1'}) "
        + "RETURN c.listed AS listed, c.guardrailCount AS n, "
        + "COUNT { MATCH (g:AWSBedrockGuardrail {account: '" + A1 + "', region: 'us-east-1'}) WHERE g.stub IS NULL } AS read");
    assertThat(coverage.get("listed").asBoolean()).isTrue();
    assertThat(coverage.get("n").asLong()).isPositive().isEqualTo(coverage.get("read").asLong());
    assertThat(strings("MATCH (c:AWSBedrockGuardrailCoverage) WHERE c.listed <> true RETURN c.id")).isEmpty();

    // Regions and accounts without Bedrock resources answer with empty lists: no failure anywhere
    // but the simulated organization's broken SageMaker region.
    assertThat(ledger.failures()).allMatch(o -> o.scope().region().equals("ap-southeast-2"));
    assertThat(ledger.cleanable()).contains(
        java.util.Map.entry(new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSBedrockAgent"),
        java.util.Map.entry(new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSBedrockAgentActionGroup"),
        java.util.Map.entry(new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSBedrockAgentAlias"),
        java.util.Map.entry(new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSLambdaFunction"),
        java.util.Map.entry(new dev.aispm.graph.write.ScopeKey("aws", A1, "eu-west-1"), "AWSBedrockCustomModel"));
  }

  @Test
  void aDeniedBedrockCallIsRecordedWithItsPermissionAndKeepsWhatItCannotSee() {
    aws.scan(aws.organizationSettings(), "bedrock-1");
    assertThat(strings("MATCH (a:AWSBedrockAgent {account: '" + A1 + "'}) RETURN a.name"))
        .containsExactlyInAnyOrder("support-agent", "faq-agent");

    // An SCP now denies reading agents and customization jobs in us-east-1 of the first account.
    var server = aws.cloud().server();
    String denied = "{\"message\":\"User: arn:aws:sts::111111111111:assumed-role/scanner is not authorized to perform: "
        + "this action with an explicit deny in a service control policy\"}";
    server.stubFor(post(urlEqualTo("/agents/")).atPriority(1)
        .withHeader("Authorization", matching(".*Credential=AKIAACMEPROD0SCANNER/[0-9]+/us-east-1/bedrock/.*"))
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withHeader("x-amzn-ErrorType", "AccessDeniedException").withBody(denied)));
    server.stubFor(get(urlPathEqualTo("/guardrails")).atPriority(1)
        .withHeader("Authorization", matching(".*Credential=AKIAACMEPROD0SCANNER/[0-9]+/us-east-1/bedrock/.*"))
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withHeader("x-amzn-ErrorType", "AccessDeniedException").withBody(denied)));
    server.stubFor(get(urlPathEqualTo("/model-customization-jobs")).atPriority(1)
        .withHeader("Authorization", matching(".*Credential=AKIAACMEPROD0SCANNER/[0-9]+/us-east-1/bedrock/.*"))
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withHeader("x-amzn-ErrorType", "AccessDeniedException").withBody(denied)));

    ScanLedger second = aws.scan(aws.organizationSettings(), "bedrock-2");

    ScopeOutcome agents = second.failures().stream()
        .filter(o -> "AWSBedrockAgent".equals(o.resourceType())).findFirst().orElseThrow();
    assertThat(agents.scope().region()).isEqualTo("us-east-1");
    assertThat(agents.missingPermission()).isEqualTo("bedrock:ListAgents");
    assertThat(agents.error()).contains("AccessDeniedException");
    ScopeOutcome jobs = second.failures().stream()
        .filter(o -> "AWSBedrockModelCustomizationJob".equals(o.resourceType())).findFirst().orElseThrow();
    assertThat(jobs.missingPermission()).isEqualTo("bedrock:ListModelCustomizationJobs");
    // What could not be read survives the cleanup, with its edges and the prefixes it reads.
    assertThat(strings("MATCH (a:AWSBedrockAgent {account: '" + A1 + "'}) RETURN a.name"))
        .containsExactlyInAnyOrder("support-agent", "faq-agent");
    assertThat(strings("MATCH (:AWSBedrockModelCustomizationJob {name: 'fraud-titan-ft-job'})-[:READS]->(p) RETURN p.uri"))
        .containsExactlyInAnyOrder("s3://acme-training-data/fraud/train/", "s3://acme-training-data/fraud/validation/");
    assertThat(strings("MATCH (a:AWSBedrockAgent {name: 'support-agent'})-[:HAS_ACTION_GROUP]->(g)-[:INVOKES]->(f) "
        + "RETURN g.version + ' ' + f.name ORDER BY g.version")).containsExactly("1 refund-tool", "DRAFT refund-tool");
    // A guardrail listing that failed says so: the count is unknown, not last scan's and not zero.
    Record coverage = one("MATCH (c:AWSBedrockGuardrailCoverage {account: '" + A1 + "', region: 'us-east-1'}) "
        + "RETURN c.listed AS listed, c.guardrailCount AS n");
    assertThat(coverage.get("listed").asBoolean()).isFalse();
    assertThat(coverage.get("n").isNull()).isTrue();
    assertThat(second.failures()).anySatisfy(o -> {
      assertThat(o.resourceType()).isEqualTo("AWSBedrockGuardrail");
      assertThat(o.missingPermission()).isEqualTo("bedrock:ListGuardrails");
    });
    // The rest of the region was collected as usual.
    assertThat(second.cleanable()).contains(java.util.Map.entry(
        new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSBedrockModelInvocationLogging"));
  }

  @Test
  void aServedVersionThatCannotBeReadLeavesTheAgentsVerdictsUnknownAndTheRestCollected() {
    // GetAgentVersion is denied for the version the live alias serves.
    String denied = "{\"message\":\"User: arn:aws:sts::111111111111:assumed-role/scanner is not authorized to perform: "
        + "bedrock:GetAgentVersion on resource: arn:aws:bedrock:us-east-1:111111111111:agent/SUPPORTAG01\"}";
    aws.cloud().server().stubFor(get(urlPathEqualTo("/agents/SUPPORTAG01/agentversions/1/")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withHeader("x-amzn-ErrorType", "AccessDeniedException").withBody(denied)));

    ScanLedger ledger = aws.scan(aws.organizationSettings(), "bedrock-versions");

    assertThat(ledger.failures()).anySatisfy(o -> {
      assertThat(o.resourceType()).isEqualTo("AWSBedrockAgent");
      assertThat(o.missingPermission()).isEqualTo("bedrock:GetAgentVersion");
    });
    Record agent = one("MATCH (a:AWSBedrockAgent {name: 'support-agent'}) RETURN a.settingsScan AS scan, "
        + "a.settingsScanError AS error, a.settingSecrets AS secrets, a.servedVersions AS served, "
        + "a.servedVersionsRead AS read, a.servedVersionsWithoutGuardrail AS unguarded");
    assertThat(agent.get("scan").asString()).as("not passed: version 1 was not judged").isEqualTo("failed");
    assertThat(agent.get("error").asString()).contains("served version(s) 1");
    assertThat(agent.get("secrets").asList()).as("the draft's secret is still reported").singleElement().asString()
        .startsWith("instruction line 2: secret.stripe-secret-key");
    assertThat(agent.get("served").asList()).containsExactly("1");
    assertThat(agent.get("read").asBoolean()).isFalse();
    assertThat(agent.get("unguarded").asList()).isEmpty();
    // The aliases were listed all the same.
    assertThat(strings("MATCH (l:AWSBedrockAgentAlias {name: 'live'}) RETURN l.routedVersions[0]")).containsExactly("1");
    assertThat(ledger.cleanable()).contains(java.util.Map.entry(
        new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSBedrockAgentAlias"));
    // Version 1's tools are unknown, so no action group is cleaned: last scan's nodes for them stand.
    assertThat(ledger.cleanable()).doesNotContain(java.util.Map.entry(
        new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSBedrockAgentActionGroup"));
  }

  @Test
  void aVersionNoLongerServedLosesItsToolsOnTheNextScan() {
    aws.scan(aws.organizationSettings(), "bedrock-served-1");
    assertThat(strings("MATCH (g:AWSBedrockAgentActionGroup {version: '1'}) RETURN g.name")).containsExactly("refunds");

    // The live alias now routes to the draft: version 1 is served no more.
    aws.cloud().server().stubFor(post(urlEqualTo("/agents/SUPPORTAG01/agentaliases/")).atPriority(1)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
            .withBody("{\"agentAliasSummaries\": [{\"agentAliasId\": \"LIVEALIAS1\", \"agentAliasName\": \"live\", "
                + "\"routingConfiguration\": [{\"agentVersion\": \"DRAFT\"}], \"agentAliasStatus\": \"PREPARED\"}]}")));
    ScanLedger second = aws.scan(aws.organizationSettings(), "bedrock-served-2");

    assertThat(second.cleanable()).contains(java.util.Map.entry(
        new dev.aispm.graph.write.ScopeKey("aws", A1, "us-east-1"), "AWSBedrockAgentActionGroup"));
    assertThat(strings("MATCH (:AWSBedrockAgent {name: 'support-agent'})-[:HAS_ACTION_GROUP]->(g) RETURN g.version"))
        .containsExactly("DRAFT");
    assertThat(strings("MATCH (g:AWSBedrockAgentActionGroup {version: '1'}) RETURN g.id")).isEmpty();
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
