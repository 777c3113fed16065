package dev.aispm.collectors.aws.bedrock;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.lambda.LambdaFunctionFetcher;
import dev.aispm.collectors.aws.lambda.LambdaFunctionTransformer;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.aws.bedrock.ActionGroupSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentAliasSchema;
import dev.aispm.graph.schema.aws.bedrock.AgentSchema;
import dev.aispm.graph.schema.aws.bedrock.CustomModelSchema;
import dev.aispm.graph.schema.aws.bedrock.CustomizationJobSchema;
import dev.aispm.graph.schema.aws.bedrock.DataSourceSchema;
import dev.aispm.graph.schema.aws.bedrock.GuardrailCoverageSchema;
import dev.aispm.graph.schema.aws.bedrock.GuardrailSchema;
import dev.aispm.graph.schema.aws.bedrock.ImportedModelSchema;
import dev.aispm.graph.schema.aws.bedrock.InvocationLoggingSchema;
import dev.aispm.graph.schema.aws.bedrock.KnowledgeBaseSchema;
import dev.aispm.graph.schema.aws.bedrock.ProvisionedThroughputSchema;
import dev.aispm.graph.schema.aws.lambda.LambdaFunctionSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CustomModelSummary;
import software.amazon.awssdk.services.bedrock.model.GuardrailSummary;
import software.amazon.awssdk.services.bedrock.model.ImportedModelSummary;
import software.amazon.awssdk.services.bedrock.model.ModelCustomizationJobSummary;
import software.amazon.awssdk.services.bedrock.model.ProvisionedModelSummary;
import software.amazon.awssdk.services.bedrockagent.BedrockAgentClient;
import software.amazon.awssdk.services.bedrockagent.model.ActionGroupSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentVersion;
import software.amazon.awssdk.services.bedrockagent.model.DataSource;
import software.amazon.awssdk.services.bedrockagent.model.DataSourceSummary;
import software.amazon.awssdk.services.bedrockagent.model.KnowledgeBaseSummary;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/**
 * Collects Bedrock and Bedrock Agents in one region, and the Lambda functions that agents call:
 * fetch, transform, load per resource type, with a ledger entry per type so cleanup knows which
 * types this region fully delivered.
 *
 * <p>Order matters for edges that join existing nodes: custom and imported models before the
 * throughputs that serve them, guardrails and knowledge bases before the agents that use them.
 */
public final class BedrockSync {
  private static final String BEDROCK = "bedrock";
  private static final String AGENT = "bedrock-agent";
  private static final String LAMBDA = "lambda";

  private BedrockSync() {}

  public static void sync(AwsScope scope) {
    BedrockClient client = scope.clients().bedrock(scope.region());
    BedrockAgentClient agents = scope.clients().bedrockAgent(scope.region());
    invocationLogging(scope, client);
    boolean lineage = customModels(scope, client);
    lineage &= customizationJobs(scope, client);
    lineage &= importedModels(scope, client);
    provisionedThroughputs(scope, client);
    guardrails(scope, client);
    lineage &= knowledgeBases(scope, agents);
    agents(scope, agents);
    if (!lineage) {
      // Prefixes and artifacts are shared with SageMaker, whose sync may declare them complete;
      // a Bedrock read that failed vetoes that, so the prefixes its resources pointed at survive.
      for (NodeSchema shared : List.of(DataPrefixSchema.NODE, ModelArtifactSchema.NODE)) {
        scope.context().ledger().failed(scope.key(), shared, "collect",
            "not every Bedrock resource that refers to S3 could be read; S3 references are kept", null, Duration.ZERO);
      }
    }
  }

  static void invocationLogging(AwsScope scope, BedrockClient client) {
    Instant start = Instant.now();
    NodeSchema type = InvocationLoggingSchema.NODE;
    scope.progress("bedrock invocation logging", 0, -1);
    scope.call(type, BEDROCK, "GetModelInvocationLoggingConfiguration", () -> InvocationLoggingFetcher.get(client))
        .ifPresent(answer -> {
          load(scope, InvocationLoggingTransformer.transform(answer, scope.key()));
          scope.succeeded(type, 1, start);
        });
  }

  /** Returns whether every custom model was read. */
  static boolean customModels(AwsScope scope, BedrockClient client) {
    Instant start = Instant.now();
    NodeSchema type = CustomModelSchema.NODE;
    scope.progress("bedrock custom models", 0, -1);
    Optional<List<CustomModelSummary>> listed = scope.call(type, BEDROCK, "ListCustomModels",
        () -> CustomModelFetcher.list(client));
    if (listed.isEmpty()) {
      return false;
    }
    var got = scope.describeAll(listed.get(), type, BEDROCK, "GetCustomModel",
        s -> CustomModelFetcher.get(client, s.modelArn() != null ? s.modelArn() : s.modelName()));
    load(scope, CustomModelTransformer.transform(got, scope.key()));
    scope.succeeded(type, got.size(), start);
    return got.size() == listed.get().size();
  }

  static boolean customizationJobs(AwsScope scope, BedrockClient client) {
    Instant start = Instant.now();
    NodeSchema type = CustomizationJobSchema.NODE;
    scope.progress("bedrock customization jobs", 0, -1);
    Optional<List<ModelCustomizationJobSummary>> listed = scope.call(type, BEDROCK, "ListModelCustomizationJobs",
        () -> CustomizationJobFetcher.list(client));
    if (listed.isEmpty()) {
      return false;
    }
    var got = scope.describeAll(listed.get(), type, BEDROCK, "GetModelCustomizationJob",
        s -> CustomizationJobFetcher.get(client, s.jobArn() != null ? s.jobArn() : s.jobName()));
    load(scope, CustomizationJobTransformer.transform(got, scope.key()));
    scope.succeeded(type, got.size(), start);
    return got.size() == listed.get().size();
  }

  static boolean importedModels(AwsScope scope, BedrockClient client) {
    Instant start = Instant.now();
    NodeSchema type = ImportedModelSchema.NODE;
    scope.progress("bedrock imported models", 0, -1);
    Optional<List<ImportedModelSummary>> listed = scope.call(type, BEDROCK, "ListImportedModels",
        () -> ImportedModelFetcher.list(client));
    if (listed.isEmpty()) {
      return false;
    }
    var got = scope.describeAll(listed.get(), type, BEDROCK, "GetImportedModel",
        s -> ImportedModelFetcher.get(client, s.modelArn() != null ? s.modelArn() : s.modelName()));
    load(scope, ImportedModelTransformer.transform(got, scope.key()));
    scope.succeeded(type, got.size(), start);
    return got.size() == listed.get().size();
  }

  static void provisionedThroughputs(AwsScope scope, BedrockClient client) {
    Instant start = Instant.now();
    NodeSchema type = ProvisionedThroughputSchema.NODE;
    scope.progress("bedrock provisioned throughput", 0, -1);
    Optional<List<ProvisionedModelSummary>> listed = scope.call(type, BEDROCK, "ListProvisionedModelThroughputs",
        () -> ProvisionedThroughputFetcher.list(client));
    listed.ifPresent(l -> {
      load(scope, ProvisionedThroughputTransformer.transform(l, scope.key()));
      scope.succeeded(type, l.size(), start);
    });
  }

  static void guardrails(AwsScope scope, BedrockClient client) {
    Instant start = Instant.now();
    NodeSchema type = GuardrailSchema.NODE;
    scope.progress("bedrock guardrails", 0, -1);
    Optional<List<GuardrailSummary>> listed = scope.call(type, BEDROCK, "ListGuardrails",
        () -> GuardrailFetcher.list(client));
    // Written either way: a count of zero makes "no guardrail here" a finding, and a failed
    // listing replaces last scan's count with "unknown" instead of leaving it to stand.
    load(scope, GuardrailTransformer.coverage(listed.orElse(null), scope.key()));
    scope.succeeded(GuardrailCoverageSchema.NODE, 1, start);
    if (listed.isEmpty()) {
      return;
    }
    var got = scope.describeAll(listed.get(), type, BEDROCK, "GetGuardrail",
        s -> GuardrailFetcher.get(client, s.id() != null ? s.id() : s.arn()));
    load(scope, GuardrailTransformer.transform(got, scope.key()));
    scope.succeeded(type, got.size(), start);
  }

  /** Returns whether every knowledge base and data source was read. */
  static boolean knowledgeBases(AwsScope scope, BedrockAgentClient client) {
    Instant start = Instant.now();
    NodeSchema type = KnowledgeBaseSchema.NODE;
    scope.progress("bedrock knowledge bases", 0, -1);
    Optional<List<KnowledgeBaseSummary>> listed = scope.call(type, AGENT, "ListKnowledgeBases",
        () -> KnowledgeBaseFetcher.list(client));
    if (listed.isEmpty()) {
      return false;
    }
    AtomicBoolean sourcesComplete = new AtomicBoolean(true);
    var got = scope.describeAll(listed.get(), type, AGENT, "GetKnowledgeBase", s -> {
      var kb = KnowledgeBaseFetcher.get(client, s.knowledgeBaseId());
      List<DataSource> sources = dataSources(scope, client, s.knowledgeBaseId());
      if (sources == null) {
        sourcesComplete.set(false);
      }
      return new KnowledgeBaseTransformer.KnowledgeBaseView(kb, sources);
    });
    load(scope, KnowledgeBaseTransformer.transform(got, scope.key()));
    scope.succeeded(type, got.size(), start);
    boolean complete = got.size() == listed.get().size() && sourcesComplete.get();
    if (complete) {
      scope.succeeded(DataSourceSchema.NODE, 0, start);
    }
    return complete;
  }

  /** A knowledge base's data sources, or null (recorded as a failure) when they could not all be read. */
  private static List<DataSource> dataSources(AwsScope scope, BedrockAgentClient client, String kbId) {
    NodeSchema type = DataSourceSchema.NODE;
    Optional<List<DataSourceSummary>> listed = scope.call(type, AGENT, "ListDataSources",
        () -> KnowledgeBaseFetcher.dataSources(client, kbId));
    if (listed.isEmpty()) {
      return null;
    }
    List<DataSource> out = new ArrayList<>();
    for (DataSourceSummary s : listed.get()) {
      Optional<DataSource> ds = scope.call(type, AGENT, "GetDataSource",
          () -> KnowledgeBaseFetcher.dataSource(client, kbId, s.dataSourceId()));
      if (ds.isEmpty()) {
        return null;
      }
      out.add(ds.get());
    }
    return out;
  }

  static void agents(AwsScope scope, BedrockAgentClient client) {
    Instant start = Instant.now();
    NodeSchema type = AgentSchema.NODE;
    scope.progress("bedrock agents", 0, -1);
    Optional<List<AgentSummary>> listed = scope.call(type, AGENT, "ListAgents", () -> AgentFetcher.list(client));
    if (listed.isEmpty()) {
      return;
    }
    AtomicBoolean groupsComplete = new AtomicBoolean(true);
    AtomicBoolean aliasesComplete = new AtomicBoolean(true);
    var got = scope.describeAll(listed.get(), type, AGENT, "GetAgent", s -> {
      var agent = AgentFetcher.get(client, s.agentId());
      List<AgentActionGroup> groups = actionGroups(scope, client, s.agentId(), AgentFetcher.DRAFT,
          ActionGroupSchema.NODE);
      if (groups == null) {
        groupsComplete.set(false);
      }
      List<AgentKnowledgeBaseSummary> kbs = scope.call(type, AGENT, "ListAgentKnowledgeBases",
          () -> AgentFetcher.knowledgeBases(client, s.agentId(), AgentFetcher.DRAFT)).orElse(null);
      List<AgentAliasSummary> aliases = scope.call(AgentAliasSchema.NODE, AGENT, "ListAgentAliases",
          () -> AgentFetcher.aliases(client, s.agentId())).orElse(null);
      if (aliases == null) {
        aliasesComplete.set(false);
      }
      List<ServedVersions.ServedVersion> served = aliases == null ? null
          : ServedVersions.numbered(aliases).stream().map(v -> servedVersion(scope, client, s.agentId(), v)).toList();
      // Served versions' tools are action-group nodes too: while one of them is unknown, last
      // scan's nodes for it must survive the cleanup rather than vanish as if no longer served.
      if (served == null || !ServedVersions.toolsRead(served)) {
        groupsComplete.set(false);
      }
      return new AgentTransformer.AgentView(agent, groups, kbs, aliases, served);
    });
    WriteBatch records = AgentTransformer.transform(got, scope.key());
    lambdas(scope, records, start);
    load(scope, records);
    scope.succeeded(type, got.size(), start);
    boolean allAgents = got.size() == listed.get().size();
    if (allAgents && groupsComplete.get()) {
      scope.succeeded(ActionGroupSchema.NODE, 0, start);
    }
    if (allAgents && aliasesComplete.get()) {
      scope.succeeded(AgentAliasSchema.NODE, records.nodes(AgentAliasSchema.NODE).size(), start);
    }
  }

  /**
   * A numbered version an alias serves, read as the draft is. Failures are recorded against the
   * agent, whose verdicts they leave unknown; a version whose GetAgentVersion failed is not read further.
   */
  private static ServedVersions.ServedVersion servedVersion(AwsScope scope, BedrockAgentClient client,
      String agentId, String version) {
    NodeSchema type = AgentSchema.NODE;
    Optional<AgentVersion> read = scope.call(type, AGENT, "GetAgentVersion",
        () -> AgentFetcher.version(client, agentId, version));
    if (read.isEmpty()) {
      return ServedVersions.ServedVersion.unread(version);
    }
    List<AgentActionGroup> groups = actionGroups(scope, client, agentId, version, type);
    List<AgentKnowledgeBaseSummary> kbs = scope.call(type, AGENT, "ListAgentKnowledgeBases",
        () -> AgentFetcher.knowledgeBases(client, agentId, version)).orElse(null);
    return new ServedVersions.ServedVersion(version, read.get(), groups, kbs);
  }

  /**
   * A version's action groups, or null (recorded as a failure of {@code type}) when they could
   * not all be read.
   */
  private static List<AgentActionGroup> actionGroups(AwsScope scope, BedrockAgentClient client, String agentId,
      String version, NodeSchema type) {
    Optional<List<ActionGroupSummary>> listed = scope.call(type, AGENT, "ListAgentActionGroups",
        () -> AgentFetcher.actionGroups(client, agentId, version));
    if (listed.isEmpty()) {
      return null;
    }
    List<AgentActionGroup> out = new ArrayList<>();
    for (ActionGroupSummary s : listed.get()) {
      Optional<AgentActionGroup> g = scope.call(type, AGENT, "GetAgentActionGroup",
          () -> AgentFetcher.actionGroup(client, agentId, version, s.actionGroupId()));
      if (g.isEmpty()) {
        return null;
      }
      out.add(g.get());
    }
    return out;
  }

  /**
   * Reads the Lambda functions the agents' action groups invoke, into {@code records} (before the
   * INVOKES edges are loaded, so they join the real function rather than a stub).
   */
  private static void lambdas(AwsScope scope, WriteBatch records, Instant start) {
    Set<String> arns = new LinkedHashSet<>();
    records.rels(ActionGroupSchema.INVOKES).forEach(r -> arns.add(r.toId()));
    NodeSchema type = LambdaFunctionSchema.NODE;
    var got = scope.describeAll(new ArrayList<>(arns), type, LAMBDA, "GetFunction", arn -> {
      String region = LambdaArns.region(arn);
      // A tool may live in another region of the account; ask that region's Lambda.
      var lambda = scope.clients().lambda(region == null ? scope.region() : Region.of(region));
      return LambdaFunctionFetcher.get(lambda, arn);
    });
    List<FunctionConfiguration> functions = got;
    records.addAll(LambdaFunctionTransformer.transform(functions, scope.key()));
    if (got.size() == arns.size()) {
      scope.succeeded(type, got.size(), start);
    }
  }

  private static void load(AwsScope scope, WriteBatch records) {
    records.load(scope.context().writer(), scope.context().tag());
  }
}
