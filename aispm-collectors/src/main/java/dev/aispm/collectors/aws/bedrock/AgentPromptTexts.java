package dev.aispm.collectors.aws.bedrock;

import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.bedrockagent.model.AgentActionGroup;
import software.amazon.awssdk.services.bedrockagent.model.Function;
import software.amazon.awssdk.services.bedrockagent.model.PromptConfiguration;
import software.amazon.awssdk.services.bedrockagent.model.PromptOverrideConfiguration;

/**
 * The text an agent version hands its model, by the name its lines get in a finding. GetAgent
 * (the draft) and GetAgentVersion (a served version) answer the same fields in different types,
 * and both must be judged the same way, so the names are made in one place; a prefix such as
 * {@code version 3: } tells a served version's lines from the draft's.
 */
final class AgentPromptTexts {
  private AgentPromptTexts() {}

  /** The instruction, description and overridden prompt templates ({@code promptOverrideConfiguration.ORCHESTRATION}). */
  static Map<String, String> prompt(String prefix, String instruction, String description,
      PromptOverrideConfiguration overrides) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(prefix + "instruction", instruction);
    texts.put(prefix + "description", description);
    if (overrides != null && overrides.hasPromptConfigurations()) {
      int n = 0;
      for (PromptConfiguration p : overrides.promptConfigurations()) {
        String type = p.promptTypeAsString() != null ? p.promptTypeAsString() : Integer.toString(n);
        texts.put(prefix + "promptOverrideConfiguration." + type, p.basePromptTemplate());
        n++;
      }
    }
    return texts;
  }

  /** What an action group tells the model about its tool: description, inline OpenAPI schema, function descriptions. */
  static Map<String, String> tool(String prefix, AgentActionGroup g) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(prefix + "description", g.description());
    if (g.apiSchema() != null) {
      texts.put(prefix + "apiSchema.payload", g.apiSchema().payload());
    }
    if (g.functionSchema() != null && g.functionSchema().hasFunctions()) {
      for (Function f : g.functionSchema().functions()) {
        texts.put(prefix + "functionSchema." + f.name() + ".description", f.description());
        if (f.hasParameters()) {
          f.parameters().forEach((name, param) -> texts.put(prefix + "functionSchema." + f.name() + ".parameters."
              + name, param == null ? null : param.description()));
        }
      }
    }
    return texts;
  }
}
