package dev.aispm.collectors.content;

import dev.aispm.scanners.aiusage.AiEvidence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises, by name alone, the settings (app settings, environment variables) through which a
 * workload reaches an AI provider: {@code OPENAI_API_KEY}, {@code AZURE_OPENAI_ENDPOINT},
 * {@code ANTHROPIC_API_KEY}... A key in a function's settings is AI use that no code scan may see
 * (the SDK can be loaded from a layer, the call made with plain HTTP), so each becomes AI-use
 * evidence. Values are never looked at: the callers hand over names only.
 */
public final class AiProviderSettings {
  /** The evidence kind of a setting. */
  public static final String KIND = "setting";

  private record Provider(Pattern name, String component) {}

  // Azure OpenAI before OpenAI: AZURE_OPENAI_KEY names the managed service, not api.openai.com.
  private static final List<Provider> PROVIDERS = List.of(
      new Provider(Pattern.compile("^AZURE_OPENAI(_.*)?$|^AOAI_.*"), "Azure OpenAI"),
      new Provider(Pattern.compile("^AZURE_AI_(INFERENCE|FOUNDRY|SERVICES)_.*"), "Azure AI Services"),
      new Provider(Pattern.compile("^OPENAI(_.*)?$"), "OpenAI API"),
      new Provider(Pattern.compile("^ANTHROPIC(_.*)?$|^CLAUDE_API_KEY$"), "Anthropic API"),
      new Provider(Pattern.compile("^(GEMINI|GOOGLE_GENAI|GOOGLE_GENERATIVE_AI)(_.*)?$"), "Google Gemini API"),
      new Provider(Pattern.compile("^VERTEX_?AI(_.*)?$"), "Vertex AI"),
      new Provider(Pattern.compile("^COHERE(_.*)?_(API_)?KEY$|^CO_API_KEY$"), "Cohere API"),
      new Provider(Pattern.compile("^MISTRAL(_.*)?_(API_)?KEY$"), "Mistral AI API"),
      new Provider(Pattern.compile("^(HF_TOKEN|HUGGING_?FACE(HUB)?(_.*)?_(TOKEN|KEY))$|^HUGGINGFACEHUB_API_TOKEN$"),
          "Hugging Face"),
      new Provider(Pattern.compile("^GROQ_API_KEY$"), "Groq API"),
      new Provider(Pattern.compile("^TOGETHER(_AI)?_API_KEY$"), "Together AI API"),
      new Provider(Pattern.compile("^REPLICATE_API_(TOKEN|KEY)$"), "Replicate API"),
      new Provider(Pattern.compile("^DEEPSEEK_API_KEY$"), "DeepSeek API"),
      new Provider(Pattern.compile("^PERPLEXITY_API_KEY$|^PPLX_API_KEY$"), "Perplexity API"),
      new Provider(Pattern.compile("^OPENROUTER_API_KEY$"), "OpenRouter API"),
      new Provider(Pattern.compile("^(LANGCHAIN|LANGSMITH)_API_KEY$"), "LangSmith"),
      new Provider(Pattern.compile("^PINECONE_API_KEY$"), "Pinecone"),
      new Provider(Pattern.compile("^OLLAMA_(HOST|BASE_URL)$"), "Ollama"));

  private AiProviderSettings() {}

  /** The AI provider a setting name points at, or null. Names compare upper-case, {@code -} and {@code .} as {@code _}. */
  public static String provider(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    for (Provider p : PROVIDERS) {
      if (p.name().matcher(n).matches()) {
        return p.component();
      }
    }
    return null;
  }

  /** The names among {@code names} that point at an AI provider, each once, in order. */
  public static List<String> aiNames(Iterable<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      if (provider(n) != null) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  /**
   * One piece of AI-use evidence per AI provider setting.
   *
   * @param where names the place in evidence, e.g. {@code app setting} or {@code environment of container app}
   */
  public static List<AiEvidence> evidence(Iterable<String> names, String where) {
    List<AiEvidence> out = new ArrayList<>();
    for (String n : aiNames(names)) {
      String category = n.toUpperCase(Locale.ROOT).matches(".*(ENDPOINT|URL|HOST|BASE)$") ? "provider-endpoint"
          : "provider-key";
      out.add(new AiEvidence(KIND, n, provider(n), category, where, 0));
    }
    return out;
  }
}
