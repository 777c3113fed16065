package dev.aispm.collectors.aws.sagemaker;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.collectors.aws.ec2.NetworkView;
import dev.aispm.collectors.aws.s3.S3Nodes;
import dev.aispm.graph.schema.aws.sagemaker.HyperParameterTuningJobSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.RelRecord;
import dev.aispm.graph.write.ScopeKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;

/**
 * Turns DescribeHyperParameterTuningJob answers into tuning job nodes with the data lineage of
 * their training job definition(s): the role the launched training jobs run as, the prefixes they
 * read and write, their VPC placement and encryption. A job made with several definitions
 * (TrainingJobDefinitions) is only as safe as its weakest one, so a setting counts as on only when
 * every definition turns it on, and is unknown when a definition does not say. The definitions'
 * static hyperparameters and environment reach every training job launched, and are judged for
 * secrets as a training job's are.
 */
public final class HyperParameterTuningJobTransformer {
  private HyperParameterTuningJobTransformer() {}

  /**
   * @param network the region's subnets and security groups, to link the definitions' VPC placement
   * @param tags    tags by resource id; a missing entry means the tags could not be read
   */
  public static WriteBatch transform(List<DescribeHyperParameterTuningJobResponse> raw, NetworkView network,
      Map<String, List<String>> tags, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (DescribeHyperParameterTuningJobResponse job : raw) {
      String name = job.hyperParameterTuningJobName();
      String id = job.hyperParameterTuningJobArn() != null ? job.hyperParameterTuningJobArn()
          : name == null ? null : AwsIds.sagemakerArn(scope.region(), scope.account(), "hyper-parameter-tuning-job", name);
      if (id == null) {
        continue;
      }
      List<HyperParameterTrainingJobDefinition> defs = new ArrayList<>();
      if (job.trainingJobDefinition() != null) {
        defs.add(job.trainingJobDefinition());
      }
      if (job.hasTrainingJobDefinitions()) {
        defs.addAll(job.trainingJobDefinitions());
      }
      Set<String> inputs = new LinkedHashSet<>();
      Set<String> outputs = new LinkedHashSet<>();
      Set<String> roles = new LinkedHashSet<>();
      Set<String> images = new LinkedHashSet<>();
      for (HyperParameterTrainingJobDefinition d : defs) {
        if (d.hasInputDataConfig()) {
          for (Channel c : d.inputDataConfig()) {
            if (c.dataSource() != null && c.dataSource().s3DataSource() != null
                && c.dataSource().s3DataSource().s3Uri() != null) {
              inputs.add(c.dataSource().s3DataSource().s3Uri());
            }
          }
        }
        if (d.outputDataConfig() != null && d.outputDataConfig().s3OutputPath() != null) {
          outputs.add(d.outputDataConfig().s3OutputPath());
        }
        if (d.roleArn() != null) {
          roles.add(d.roleArn());
        }
        if (d.algorithmSpecification() != null && d.algorithmSpecification().trainingImage() != null) {
          images.add(d.algorithmSpecification().trainingImage());
        }
      }
      List<String> subnets = flatten(allOrNull(defs, d -> d.vpcConfig() == null || !d.vpcConfig().hasSubnets()
          || d.vpcConfig().subnets().isEmpty() ? null : d.vpcConfig().subnets()));
      var limits = job.hyperParameterTuningJobConfig() == null ? null
          : job.hyperParameterTuningJobConfig().resourceLimits();
      out.node(HyperParameterTuningJobSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope),
              SageMakerSettings.tuningJob(job))
          .set("name", name)
          .set("status", job.hyperParameterTuningJobStatusAsString())
          .set("strategy", job.hyperParameterTuningJobConfig() == null ? null
              : job.hyperParameterTuningJobConfig().strategyAsString())
          .set("maxTrainingJobs", limits == null ? null : limits.maxNumberOfTrainingJobs())
          .set("algorithmImage", images.isEmpty() ? null : String.join(",", images))
          .set("networkIsolation", every(defs, HyperParameterTrainingJobDefinition::enableNetworkIsolation))
          .set("interContainerEncryption",
              every(defs, HyperParameterTrainingJobDefinition::enableInterContainerTrafficEncryption))
          .set("volumeKmsKeyId", one(allOrNull(defs, d -> d.resourceConfig() == null ? null
              : d.resourceConfig().volumeKmsKeyId())))
          .set("outputKmsKeyId", one(allOrNull(defs, d -> d.outputDataConfig() == null ? null
              : d.outputDataConfig().kmsKeyId())))
          .set("subnetIds", subnets == null ? null : subnets.stream().distinct().toList())
          .set("inputUris", inputs.isEmpty() ? null : List.copyOf(inputs))
          .set("outputUri", outputs.isEmpty() ? null : String.join(",", outputs))
          .set("bestTrainingJob", job.bestTrainingJob() == null ? null : job.bestTrainingJob().trainingJobName())
          .set("tags", tags.get(id))
          .set("createdAt", job.creationTime())
          .build());
      for (HyperParameterTrainingJobDefinition d : defs) {
        if (d.vpcConfig() != null) {
          NetworkPlacement.link(out, id, d.vpcConfig().subnets(), d.vpcConfig().securityGroupIds(), network, scope,
              HyperParameterTuningJobSchema.IN_SUBNET, HyperParameterTuningJobSchema.HAS_SECURITY_GROUP);
        }
      }
      for (String role : roles) {
        out.rel(HyperParameterTuningJobSchema.RUNS_AS, AwsIds.toRole(id, role, scope));
      }
      for (String in : inputs) {
        if (S3Nodes.prefix(out, in, scope)) {
          out.rel(HyperParameterTuningJobSchema.READS, RelRecord.of(id, in, scope));
        }
      }
      for (String o : outputs) {
        if (S3Nodes.prefix(out, o, scope)) {
          out.rel(HyperParameterTuningJobSchema.WRITES, RelRecord.of(id, o, scope));
        }
      }
    }
    return out;
  }

  /** True when every definition says true, false when one says false, else unknown. */
  static Boolean every(List<HyperParameterTrainingJobDefinition> defs,
      Function<HyperParameterTrainingJobDefinition, Boolean> flag) {
    if (defs.isEmpty()) {
      return null;
    }
    boolean unknown = false;
    for (var d : defs) {
      Boolean v = flag.apply(d);
      if (Boolean.FALSE.equals(v)) {
        return false;
      }
      unknown |= v == null;
    }
    return unknown ? null : Boolean.TRUE;
  }

  /** The values of every definition, or null when any definition lacks one (the weakest wins). */
  static <T> List<T> allOrNull(List<HyperParameterTrainingJobDefinition> defs,
      Function<HyperParameterTrainingJobDefinition, T> value) {
    if (defs.isEmpty()) {
      return null;
    }
    List<T> all = new ArrayList<>();
    for (var d : defs) {
      T v = value.apply(d);
      if (v == null) {
        return null;
      }
      all.add(v);
    }
    return all;
  }

  private static String one(List<String> keys) {
    return keys == null ? null : String.join(",", keys.stream().filter(Objects::nonNull).distinct().toList());
  }

  private static List<String> flatten(List<List<String>> lists) {
    return lists == null ? null : lists.stream().flatMap(List::stream).toList();
  }
}
