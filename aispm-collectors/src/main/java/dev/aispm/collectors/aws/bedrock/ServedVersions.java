package dev.aispm.collectors.aws.bedrock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasRoutingConfigurationListItem;
import software.amazon.awssdk.services.bedrockagent.model.AgentAliasSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentKnowledgeBaseSummary;
import software.amazon.awssdk.services.bedrockagent.model.AgentVersion;

/**
 * The numbered versions an agent's aliases serve. Applications can only invoke an agent through
 * an alias, and an alias runs a frozen version whose prompt, guardrail and tools may differ from
 * the draft: a key removed from the draft may still be live in version 3. What the agent's
 * verdicts need of those versions is derived here, with "could not be read" kept apart from "no".
 */
public final class ServedVersions {
  private ServedVersions() {}

  /**
   * One served version with what was read of it.
   *
   * @param version        the version number, as the alias names it
   * @param agentVersion   the GetAgentVersion answer, null when it could not be read
   * @param actionGroups   the version's action groups, null when they could not all be read
   * @param knowledgeBases the version's knowledge-base associations, null when they could not be read
   */
  public record ServedVersion(String version, AgentVersion agentVersion, List<AgentActionGroup> actionGroups,
      List<AgentKnowledgeBaseSummary> knowledgeBases) {
    /** A version whose GetAgentVersion failed: nothing else of it is asked for. */
    public static ServedVersion unread(String version) {
      return new ServedVersion(version, null, null, null);
    }
  }

  /** The distinct numbered versions the aliases route to, in numeric order; DRAFT is read anyway and left out. */
  public static List<String> numbered(List<AgentAliasSummary> aliases) {
    TreeSet<String> out = new TreeSet<>(ServedVersions::compare);
    for (AgentAliasSummary a : aliases) {
      for (String v : routed(a)) {
        if (!AgentFetcher.DRAFT.equals(v)) {
          out.add(v);
        }
      }
    }
    return List.copyOf(out);
  }

  /** The versions one alias routes to, in its own order. */
  static List<String> routed(AgentAliasSummary alias) {
    List<String> out = new ArrayList<>();
    if (alias.hasRoutingConfiguration()) {
      for (AgentAliasRoutingConfigurationListItem r : alias.routingConfiguration()) {
        if (r.agentVersion() != null && !r.agentVersion().isBlank()) {
          out.add(r.agentVersion());
        }
      }
    }
    return out;
  }

  /** Served versions whose GetAgentVersion answer says no guardrail screens them. */
  static List<String> withoutGuardrail(List<ServedVersion> served) {
    return served.stream().filter(v -> v.agentVersion() != null && !guarded(v.agentVersion()))
        .map(ServedVersion::version).toList();
  }

  /** Whether every served version's configuration was read (its guardrail, prompt and settings known). */
  static boolean allRead(List<ServedVersion> served) {
    return served.stream().allMatch(v -> v.agentVersion() != null);
  }

  /** Whether every served version's action groups were read, so the graph holds all of their tools. */
  static boolean toolsRead(List<ServedVersion> served) {
    return served.stream().allMatch(v -> v.agentVersion() != null && v.actionGroups() != null);
  }

  /** Served versions whose prompt text, or the text of one of their tools, could not be read. */
  static List<String> textUnread(List<ServedVersion> served) {
    return served.stream().filter(v -> v.agentVersion() == null || v.actionGroups() == null)
        .map(ServedVersion::version).toList();
  }

  /**
   * The text each read version hands its model, every name prefixed with its version
   * ({@code version 3: instruction}, {@code version 3: action group billing: apiSchema.payload}),
   * so a finding points at the live version to clean rather than at the draft.
   */
  static Map<String, String> texts(List<ServedVersion> served) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (ServedVersion v : served) {
      AgentVersion a = v.agentVersion();
      if (a == null) {
        continue;
      }
      String prefix = "version " + v.version() + ": ";
      texts.putAll(AgentPromptTexts.prompt(prefix, a.instruction(), a.description(), a.promptOverrideConfiguration()));
      if (v.actionGroups() != null) {
        for (AgentActionGroup g : v.actionGroups()) {
          if (g != null) {
            String name = g.actionGroupName() != null ? g.actionGroupName() : g.actionGroupId();
            texts.putAll(AgentPromptTexts.tool(prefix + "action group " + name + ": ", g));
          }
        }
      }
    }
    return texts;
  }

  private static boolean guarded(AgentVersion v) {
    return v.guardrailConfiguration() != null && v.guardrailConfiguration().guardrailIdentifier() != null
        && !v.guardrailConfiguration().guardrailIdentifier().isBlank();
  }

  /** Numbers by value (2 before 10); anything else after them, by text. */
  private static int compare(String a, String b) {
    boolean na = a.chars().allMatch(Character::isDigit);
    boolean nb = b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    return na ? -1 : nb ? 1 : a.compareTo(b);
  }
}
