package dev.aispm.collectors.aws.ecs;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.content.SelfHostedServerGraph;
import dev.aispm.collectors.content.SettingSecrets;
import dev.aispm.graph.schema.aws.ecs.TaskDefinitionSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import dev.aispm.scanners.advisory.AdvisoryIndex;
import dev.aispm.scanners.aiusage.AiCatalogue;
import dev.aispm.scanners.aiusage.SelfHostedServers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.PortMapping;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * Turns task definitions into nodes with their task role, and the self-hosted servers their
 * images are (with the server's package and advisories when the image tag names a version).
 * Environment variables, secrets and commands are not read into the graph: they often hold
 * credentials, and nothing here needs them.
 */
public final class TaskDefinitionTransformer {
  private TaskDefinitionTransformer() {}

  /**
   * The newest revision of each family, and every revision a service runs: what is deployed or
   * would be by the next service update. Older revisions are history.
   *
   * @param newestFirst active task definition ARNs, newest revision first (ListTaskDefinitions DESC)
   * @param inServices  task definition ARNs the services run
   */
  public static List<String> selected(List<String> newestFirst, List<String> inServices) {
    Map<String, String> newest = new LinkedHashMap<>();
    for (String arn : newestFirst) {
      newest.putIfAbsent(family(arn), arn);
    }
    Set<String> out = new LinkedHashSet<>(newest.values());
    out.addAll(inServices);
    return List.copyOf(out);
  }

  /** The family of {@code arn:aws:ecs:region:account:task-definition/family:revision}. */
  static String family(String arn) {
    String last = arn.substring(arn.lastIndexOf('/') + 1);
    int colon = last.lastIndexOf(':');
    return colon < 0 ? last : last.substring(0, colon);
  }

  /** The images of the containers, in order, without repeats. */
  public static List<String> images(TaskDefinition t) {
    return t.containerDefinitions().stream().map(ContainerDefinition::image).filter(java.util.Objects::nonNull)
        .distinct().toList();
  }

  /** The container ports mapped, as {@code tcp:8000}. */
  public static List<String> ports(TaskDefinition t) {
    Set<String> out = new LinkedHashSet<>();
    for (ContainerDefinition c : t.containerDefinitions()) {
      for (PortMapping p : c.portMappings()) {
        if (p.containerPort() != null) {
          String proto = p.protocolAsString() == null ? "tcp" : p.protocolAsString().toLowerCase(Locale.ROOT);
          out.add(proto + ":" + p.containerPort());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The containers' plain environment variables, named {@code CONTAINER.environment.NAME}; the
   * {@code secrets} entries are references to Secrets Manager or Parameter Store, not values.
   */
  static Map<String, String> environment(TaskDefinition t) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    for (ContainerDefinition c : t.containerDefinitions()) {
      if (c.hasEnvironment()) {
        c.environment().forEach(kv -> out.put(c.name() + ".environment." + kv.name(), kv.value()));
      }
    }
    return out;
  }

  public static WriteBatch transform(List<TaskDefinition> raw, AiCatalogue catalogue, AdvisoryIndex advisories,
      ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (TaskDefinition t : raw) {
      String id = t.taskDefinitionArn();
      if (id == null) {
        continue;
      }
      List<String> images = images(t);
      List<String> ports = ports(t);
      List<String> names = new ArrayList<>();
      t.containerDefinitions().forEach(c -> names.add(c.name()));
      SettingSecrets.Report settings = SettingSecrets.report(environment(t),
          "ecs task definition " + t.family() + ":" + t.revision() + " environment");
      out.node(TaskDefinitionSchema.NODE, SettingSecrets.write(NodeRecord.of(id, scope), settings)
          .set("name", t.family() + ":" + t.revision())
          .set("family", t.family())
          .set("revision", t.revision())
          .set("status", t.statusAsString())
          .set("networkMode", t.networkModeAsString())
          .set("compatibilities", t.hasRequiresCompatibilities() && !t.requiresCompatibilitiesAsStrings().isEmpty()
              ? t.requiresCompatibilitiesAsStrings() : null)
          .set("taskRoleArn", t.taskRoleArn())
          .set("executionRoleArn", t.executionRoleArn())
          .set("containerNames", names.isEmpty() ? null : names)
          .set("containerImages", images.isEmpty() ? null : images)
          .set("containerPorts", ports.isEmpty() ? null : ports)
          .build());
      if (t.taskRoleArn() != null) {
        out.rel(TaskDefinitionSchema.RUNS_AS, AwsIds.toRole(id, t.taskRoleArn(), scope));
      }
      // Not exposed by itself: a task definition has no network; its service says what the internet reaches.
      for (SelfHostedServers.Match m : SelfHostedServers.identify(t.family(), Map.of(), images, List.of())) {
        SelfHostedServerGraph.write(out, id, m, TaskDefinitionSchema.USES_AI, TaskDefinitionSchema.USES_PACKAGE,
            catalogue, advisories, scope);
      }
    }
    return out;
  }
}
