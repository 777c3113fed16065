package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsScope;
import dev.aispm.collectors.aws.s3.S3ObjectReader;
import dev.aispm.collectors.content.CodePackageScan;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.aws.s3.DataPrefixSchema;
import dev.aispm.graph.schema.aws.s3.ModelArtifactSchema;
import dev.aispm.graph.schema.aws.sagemaker.AppSchema;
import dev.aispm.graph.schema.aws.sagemaker.DomainSchema;
import dev.aispm.graph.schema.aws.sagemaker.HyperParameterTuningJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.SpaceSchema;
import dev.aispm.graph.schema.aws.sagemaker.EndpointSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelPackageGroupSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelPackageSchema;
import dev.aispm.graph.schema.aws.sagemaker.PipelineSchema;
import dev.aispm.graph.schema.aws.sagemaker.ProcessingJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.TransformJobSchema;
import dev.aispm.graph.schema.aws.sagemaker.UserProfileSchema;
import dev.aispm.graph.schema.aws.sagemaker.ModelSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookInstanceSchema;
import dev.aispm.graph.schema.aws.sagemaker.NotebookLifecycleConfigSchema;
import dev.aispm.graph.schema.aws.sagemaker.StudioLifecycleConfigSchema;
import dev.aispm.graph.schema.aws.sagemaker.TrainingJobSchema;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.AppDetails;
import software.amazon.awssdk.services.sagemaker.model.DescribeDomainResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeSpaceResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobSummary;
import software.amazon.awssdk.services.sagemaker.model.SpaceDetails;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeUserProfileResponse;
import software.amazon.awssdk.services.sagemaker.model.DomainDetails;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageGroupSummary;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineSummary;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.TransformJobSummary;
import software.amazon.awssdk.services.sagemaker.model.UserProfileDetails;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceLifecycleConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceLifecycleConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.StudioLifecycleConfigDetails;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointSummary;
import software.amazon.awssdk.services.sagemaker.model.ModelSummary;
import software.amazon.awssdk.services.sagemaker.model.NotebookInstanceSummary;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/**
 * Collects SageMaker in one region: fetch, transform, load for each resource type, and a ledger
 * entry per type so cleanup knows which types this region fully delivered.
 */
public final class SageMakerSync {
  private static final String SVC = "sagemaker";

  private SageMakerSync() {}

  /**
   * @param network the region's network facts, read first, that place resources in subnets and
   *                decide their internet reachability
   * @param codeScan the AI catalogue, to classify the servers models' images are, the advisory
   *                 index their versions are matched against, and the reader of training jobs'
   *                 source packages
   */
  public static void sync(AwsScope scope, NetworkView network, CodePackageScan codeScan) {
    AiCatalogue catalogue = codeScan.catalogue();
    AdvisoryIndex advisories = codeScan.advisories();
    SageMakerClient client = scope.clients().sagemaker(scope.region());
    lifecycleConfigs(scope, client, catalogue, advisories);
    notebooks(scope, client, network);
    boolean lineage = trainingJobs(scope, client, network, codeScan);
    Map<String, DescribeModelResponse> models = models(scope, client, network, catalogue, advisories);
    if (models != null) {
      endpoints(scope, client, models, network);
    }
    studioLifecycleConfigs(scope, client, catalogue, advisories);
    studio(scope, client, network);
    spacesAndApps(scope, client);
    boolean processing = processingJobs(scope, client, network);
    transformJobs(scope, client);
    boolean tuning = tuningJobs(scope, client, network);
    boolean registry = modelPackages(scope, client);
    pipelines(scope, client);
    if (lineage && models != null && processing && registry && tuning) {
      // Prefixes and artifacts are written by the job and model syncs; only when both delivered
      // everything may cleanup remove the ones nobody references any more.
      scope.succeeded(DataPrefixSchema.NODE, 0, Instant.now());
      scope.succeeded(ModelArtifactSchema.NODE, 0, Instant.now());
    }
  }

  static void lifecycleConfigs(AwsScope scope, SageMakerClient client, AiCatalogue catalogue,
      AdvisoryIndex advisories) {
    Instant start = Instant.now();
    NodeSchema type = NotebookLifecycleConfigSchema.NODE;
    scope.progress("sagemaker notebook lifecycle configurations", 0, -1);
    Optional<List<NotebookInstanceLifecycleConfigSummary>> listed = scope.call(type, SVC,
        "ListNotebookInstanceLifecycleConfigs", () -> LifecycleConfigFetcher.list(client));
    if (listed.isEmpty()) {
      // The packages the configurations install share their types with functions and images: keep them.
      unreadInstalls(scope, "sagemaker:ListNotebookInstanceLifecycleConfigs",
          "lifecycle configurations could not be listed; their installs were not read", start);
      return;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeNotebookInstanceLifecycleConfig",
        s -> LifecycleConfigFetcher.describe(client, s.notebookInstanceLifecycleConfigName()));
    if (described.size() < listed.get().size()) {
      unreadInstalls(scope, "sagemaker:DescribeNotebookInstanceLifecycleConfig",
          "some lifecycle configurations could not be described; their installs were not read", start);
    }
    var tags = tags(scope, client, type, described.stream()
        .map(DescribeNotebookInstanceLifecycleConfigResponse::notebookInstanceLifecycleConfigArn).toList());
    LifecycleConfigTransformer.transform(described, tags, catalogue, advisories, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
  }

  static void studioLifecycleConfigs(AwsScope scope, SageMakerClient client, AiCatalogue catalogue,
      AdvisoryIndex advisories) {
    Instant start = Instant.now();
    NodeSchema type = StudioLifecycleConfigSchema.NODE;
    scope.progress("sagemaker studio lifecycle configurations", 0, -1);
    Optional<List<StudioLifecycleConfigDetails>> listed = scope.call(type, SVC, "ListStudioLifecycleConfigs",
        () -> StudioLifecycleConfigFetcher.list(client));
    if (listed.isEmpty()) {
      unreadInstalls(scope, "sagemaker:ListStudioLifecycleConfigs",
          "Studio lifecycle configurations could not be listed; their installs were not read", start);
      return;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeStudioLifecycleConfig",
        s -> StudioLifecycleConfigFetcher.describe(client, s.studioLifecycleConfigName()));
    if (described.size() < listed.get().size()) {
      unreadInstalls(scope, "sagemaker:DescribeStudioLifecycleConfig",
          "some Studio lifecycle configurations could not be described; their installs were not read", start);
    }
    StudioLifecycleConfigTransformer.transform(described, catalogue, advisories, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
  }

  /** Records that installs went unread, so that what earlier scans found of them is not cleaned. */
  private static void unreadInstalls(AwsScope scope, String operation, String error, Instant start) {
    for (NodeSchema t : SupplyChainGraph.TYPES) {
      scope.context().ledger().failed(scope.key(), t, operation, error, null, Duration.between(start, Instant.now()));
    }
  }

  /**
   * Reads the tags of the given resources in parallel. A resource whose tags could not be read
   * has no entry (its tags stay unknown), and the failure is recorded once for {@code type}.
   */
  static Map<String, List<String>> tags(AwsScope scope, SageMakerClient client, NodeSchema type, List<String> arns) {
    List<String> known = arns.stream().filter(java.util.Objects::nonNull).toList();
    var read = scope.describeAll(known, type, SVC, "ListTags",
        arn -> Map.entry(arn, TagFetcher.strings(TagFetcher.list(client, arn))));
    Map<String, List<String>> out = new HashMap<>();
    read.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  static void notebooks(AwsScope scope, SageMakerClient client, NetworkView network) {
    Instant start = Instant.now();
    NodeSchema type = NotebookInstanceSchema.NODE;
    scope.progress("sagemaker notebook instances", 0, -1);
    Optional<List<NotebookInstanceSummary>> listed = scope.call(type, SVC, "ListNotebookInstances",
        () -> NotebookInstanceFetcher.list(client));
    if (listed.isEmpty()) {
      return;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeNotebookInstance",
        s -> NotebookInstanceFetcher.describe(client, s.notebookInstanceName()));
    var tags = tags(scope, client, type, described.stream().map(DescribeNotebookInstanceResponse::notebookInstanceArn).toList());
    WriteBatch records = NotebookInstanceTransformer.transform(described, network, tags, scope.key());
    records.load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
  }

  static boolean trainingJobs(AwsScope scope, SageMakerClient client, NetworkView network, CodePackageScan codeScan) {
    Instant start = Instant.now();
    NodeSchema type = TrainingJobSchema.NODE;
    scope.progress("sagemaker training jobs", 0, -1);
    Optional<List<TrainingJobSummary>> listed = scope.call(type, SVC, "ListTrainingJobs",
        () -> TrainingJobFetcher.list(client));
    if (listed.isEmpty()) {
      // The jobs' source packages share their types with functions and images: keep them.
      for (NodeSchema t : SupplyChainGraph.TYPES) {
        scope.context().ledger().failed(scope.key(), t, "sagemaker:ListTrainingJobs",
            "training jobs could not be listed; their source packages were not read", null,
            Duration.between(start, Instant.now()));
      }
      return false;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeTrainingJob",
        s -> TrainingJobFetcher.describe(client, s.trainingJobName()));
    var tags = tags(scope, client, type, described.stream().map(DescribeTrainingJobResponse::trainingJobArn).toList());
    if (described.size() < listed.get().size()) {
      // An undescribed job's source package went unread: what it pinned must not be cleaned.
      for (NodeSchema t : SupplyChainGraph.TYPES) {
        scope.context().ledger().failed(scope.key(), t, "sagemaker:DescribeTrainingJob",
            "some training jobs could not be described; their source packages were not read", null,
            Duration.between(start, Instant.now()));
      }
    }
    scope.progress("sagemaker training source packages", 0, -1);
    var code = TrainingJobSource.read(scope, codeScan, new S3ObjectReader(scope.clients().s3(scope.region())),
        described);
    TrainingJobTransformer.transform(described, network, tags, code, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
    return described.size() == listed.get().size();
  }

  /** Returns the region's models by name, or null when they could not be listed. */
  static Map<String, DescribeModelResponse> models(AwsScope scope, SageMakerClient client, NetworkView network,
      AiCatalogue catalogue, AdvisoryIndex advisories) {
    Instant start = Instant.now();
    NodeSchema type = ModelSchema.NODE;
    scope.progress("sagemaker models", 0, -1);
    Optional<List<ModelSummary>> listed = scope.call(type, SVC, "ListModels", () -> ModelFetcher.list(client));
    if (listed.isEmpty()) {
      // The models' servers share their types with functions, images and instances: keep them.
      for (NodeSchema t : SupplyChainGraph.TYPES) {
        scope.context().ledger().failed(scope.key(), t, "sagemaker:ListModels", "models could not be listed", null,
            Duration.between(start, Instant.now()));
      }
      return null;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeModel",
        s -> ModelFetcher.describe(client, s.modelName()));
    var tags = tags(scope, client, type, described.stream().map(DescribeModelResponse::modelArn).toList());
    ModelTransformer.transform(described, network, tags, scope.key())
        .addAll(ModelServerTransformer.transform(described, catalogue, advisories, scope.key()))
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
    Map<String, DescribeModelResponse> byName = new HashMap<>();
    described.forEach(m -> byName.put(m.modelName(), m));
    return byName;
  }

  static void endpoints(AwsScope scope, SageMakerClient client, Map<String, DescribeModelResponse> models,
      NetworkView network) {
    Instant start = Instant.now();
    NodeSchema type = EndpointSchema.NODE;
    scope.progress("sagemaker endpoints", 0, -1);
    Optional<List<EndpointSummary>> listed = scope.call(type, SVC, "ListEndpoints", () -> EndpointFetcher.list(client));
    if (listed.isEmpty()) {
      return;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeEndpoint", s -> {
      var ep = EndpointFetcher.describe(client, s.endpointName());
      DescribeEndpointConfigResponse cfg = null;
      if (ep.endpointConfigName() != null) {
        cfg = scope.call(type, SVC, "DescribeEndpointConfig",
            () -> EndpointFetcher.describeConfig(client, ep.endpointConfigName())).orElse(null);
      }
      return new EndpointTransformer.EndpointView(ep, cfg);
    });
    var tags = tags(scope, client, type, described.stream().map(v -> v.endpoint().endpointArn()).toList());
    EndpointTransformer.transform(described, models, network, tags, scope.key()).load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
  }

  static void studio(AwsScope scope, SageMakerClient client, NetworkView network) {
    Instant start = Instant.now();
    scope.progress("sagemaker studio domains", 0, -1);
    Optional<List<DomainDetails>> listed = scope.call(DomainSchema.NODE, SVC, "ListDomains",
        () -> DomainFetcher.list(client));
    if (listed.isEmpty()) {
      return;
    }
    var domains = scope.describeAll(listed.get(), DomainSchema.NODE, SVC, "DescribeDomain",
        d -> DomainFetcher.describe(client, d.domainId()));
    Optional<List<UserProfileDetails>> profilesListed = scope.call(UserProfileSchema.NODE, SVC, "ListUserProfiles",
        () -> DomainFetcher.userProfiles(client));
    List<DescribeUserProfileResponse> profiles = profilesListed.map(l -> scope.describeAll(l, UserProfileSchema.NODE,
        SVC, "DescribeUserProfile", p -> DomainFetcher.describeUserProfile(client, p.domainId(), p.userProfileName())))
        .orElse(List.of());
    Map<String, List<String>> tags = new HashMap<>(tags(scope, client, DomainSchema.NODE,
        domains.stream().map(DescribeDomainResponse::domainArn).toList()));
    tags.putAll(tags(scope, client, UserProfileSchema.NODE,
        profiles.stream().map(DescribeUserProfileResponse::userProfileArn).toList()));
    DomainTransformer.transform(domains, profiles, network, tags, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(DomainSchema.NODE, domains.size(), start);
    if (profilesListed.isPresent()) {
      scope.succeeded(UserProfileSchema.NODE, profiles.size(), start);
    }
  }

  /**
   * Studio spaces and apps. Each type has its own ledger entry: a failed ListApps must not let
   * cleanup remove the apps of the previous scan while spaces were read fine, and vice versa.
   */
  static void spacesAndApps(AwsScope scope, SageMakerClient client) {
    Instant start = Instant.now();
    scope.progress("sagemaker studio spaces and apps", 0, -1);
    Optional<List<SpaceDetails>> listed = scope.call(SpaceSchema.NODE, SVC, "ListSpaces",
        () -> SpaceFetcher.list(client));
    List<DescribeSpaceResponse> spaces = listed.map(l -> scope.describeAll(l, SpaceSchema.NODE, SVC, "DescribeSpace",
        s -> SpaceFetcher.describe(client, s.domainId(), s.spaceName()))).orElse(List.of());
    Optional<List<AppDetails>> apps = scope.call(AppSchema.NODE, SVC, "ListApps", () -> SpaceFetcher.apps(client));
    var tags = tags(scope, client, SpaceSchema.NODE, spaces.stream().map(DescribeSpaceResponse::spaceArn).toList());
    SpaceTransformer.transform(spaces, apps.orElse(List.of()), tags, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    listed.ifPresent(l -> scope.succeeded(SpaceSchema.NODE, spaces.size(), start));
    apps.ifPresent(a -> scope.succeeded(AppSchema.NODE, a.size(), start));
  }

  /** Returns whether every tuning job was read (their prefixes then may be cleaned up). */
  static boolean tuningJobs(AwsScope scope, SageMakerClient client, NetworkView network) {
    Instant start = Instant.now();
    NodeSchema type = HyperParameterTuningJobSchema.NODE;
    scope.progress("sagemaker hyperparameter tuning jobs", 0, -1);
    Optional<List<HyperParameterTuningJobSummary>> listed = scope.call(type, SVC, "ListHyperParameterTuningJobs",
        () -> HyperParameterTuningJobFetcher.list(client));
    if (listed.isEmpty()) {
      return false;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeHyperParameterTuningJob",
        s -> HyperParameterTuningJobFetcher.describe(client, s.hyperParameterTuningJobName()));
    var tags = tags(scope, client, type,
        described.stream().map(DescribeHyperParameterTuningJobResponse::hyperParameterTuningJobArn).toList());
    HyperParameterTuningJobTransformer.transform(described, network, tags, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
    return described.size() == listed.get().size();
  }

  /** Returns whether every processing job was read (their prefixes then may be cleaned up). */
  static boolean processingJobs(AwsScope scope, SageMakerClient client, NetworkView network) {
    Instant start = Instant.now();
    NodeSchema type = ProcessingJobSchema.NODE;
    scope.progress("sagemaker processing jobs", 0, -1);
    Optional<List<ProcessingJobSummary>> listed = scope.call(type, SVC, "ListProcessingJobs",
        () -> ProcessingJobFetcher.list(client));
    if (listed.isEmpty()) {
      return false;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeProcessingJob",
        s -> ProcessingJobFetcher.describe(client, s.processingJobName()));
    var tags = tags(scope, client, type, described.stream().map(DescribeProcessingJobResponse::processingJobArn).toList());
    ProcessingJobTransformer.transform(described, network, tags, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
    return described.size() == listed.get().size();
  }

  /** Batch transform jobs, for the capture destinations the misuse stage reads. */
  static void transformJobs(AwsScope scope, SageMakerClient client) {
    Instant start = Instant.now();
    NodeSchema type = TransformJobSchema.NODE;
    scope.progress("sagemaker transform jobs", 0, -1);
    Optional<List<TransformJobSummary>> listed = scope.call(type, SVC, "ListTransformJobs",
        () -> TransformJobFetcher.list(client));
    if (listed.isEmpty()) {
      return;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribeTransformJob",
        s -> TransformJobFetcher.describe(client, s.transformJobName()));
    TransformJobTransformer.transform(described, scope.key()).load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, described.size(), start);
  }

  /** Returns whether the whole registry was read (its artifacts then may be cleaned up). */
  static boolean modelPackages(AwsScope scope, SageMakerClient client) {
    Instant start = Instant.now();
    scope.progress("sagemaker model registry", 0, -1);
    Optional<List<ModelPackageGroupSummary>> groups = scope.call(ModelPackageGroupSchema.NODE, SVC,
        "ListModelPackageGroups", () -> ModelPackageFetcher.groups(client));
    Optional<List<ModelPackageSummary>> listed = scope.call(ModelPackageSchema.NODE, SVC, "ListModelPackages",
        () -> ModelPackageFetcher.packages(client));
    var described = listed.map(l -> scope.describeAll(l, ModelPackageSchema.NODE, SVC, "DescribeModelPackage",
        p -> ModelPackageFetcher.describe(client, p.modelPackageArn() != null ? p.modelPackageArn()
            : p.modelPackageName()))).orElse(List.of());
    Map<String, List<String>> tags = new HashMap<>(tags(scope, client, ModelPackageGroupSchema.NODE,
        groups.orElse(List.of()).stream().map(ModelPackageGroupSummary::modelPackageGroupArn).toList()));
    tags.putAll(tags(scope, client, ModelPackageSchema.NODE,
        described.stream().map(DescribeModelPackageResponse::modelPackageArn).toList()));
    ModelPackageTransformer.transform(groups.orElse(List.of()), described, tags, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    groups.ifPresent(g -> scope.succeeded(ModelPackageGroupSchema.NODE, g.size(), start));
    listed.ifPresent(l -> scope.succeeded(ModelPackageSchema.NODE, described.size(), start));
    return listed.isPresent() && described.size() == listed.get().size();
  }

  static void pipelines(AwsScope scope, SageMakerClient client) {
    Instant start = Instant.now();
    NodeSchema type = PipelineSchema.NODE;
    scope.progress("sagemaker pipelines", 0, -1);
    Optional<List<PipelineSummary>> listed = scope.call(type, SVC, "ListPipelines", () -> PipelineFetcher.list(client));
    if (listed.isEmpty()) {
      return;
    }
    var described = scope.describeAll(listed.get(), type, SVC, "DescribePipeline",
        s -> PipelineFetcher.describe(client, s.pipelineName()));
    Map<String, DescribePipelineResponse> definitions = new HashMap<>();
    for (DescribePipelineResponse d : described) {
      if (d.pipelineName() != null) {
        definitions.put(d.pipelineName(), d);
      }
    }
    var tags = tags(scope, client, type, listed.get().stream().map(PipelineSummary::pipelineArn).toList());
    PipelineTransformer.transform(listed.get(), definitions, tags, scope.key())
        .load(scope.context().writer(), scope.context().tag());
    scope.succeeded(type, listed.get().size(), start);
  }
}
