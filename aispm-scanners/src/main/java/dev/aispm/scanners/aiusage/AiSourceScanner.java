package dev.aispm.scanners.aiusage;

import dev.aispm.scanners.core.ContentFinding;
import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanInput;
import dev.aispm.scanners.core.ScanLimits;
import dev.aispm.scanners.packages.Ecosystem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds AI use in first-party code and configuration: imports of AI SDKs (Python, JavaScript /
 * TypeScript, Java / Kotlin), a boto3 or AWS SDK client for {@code bedrock-runtime}, and AI
 * provider API hosts ({@code api.openai.com}, {@code *.openai.azure.com},
 * {@code bedrock-runtime.<region>.amazonaws.com}...). It reads text only and runs nothing.
 *
 * <p>Installed third-party code ({@code site-packages}, {@code node_modules}, system library
 * folders, jar contents) is skipped: an SDK mentions its own API host, and the package record
 * already says it is installed. Provider keys are the secret scanner's business, not this one's.
 * One piece of evidence per file and subject is kept, at its first line.
 */
public final class AiSourceScanner implements ContentScanner {
  /** Code files are read this far; generated bundles beyond it are not worth reading whole. */
  static final long MAX_SOURCE_BYTES = 8L * 1024 * 1024;

  private static final Set<String> PYTHON = Set.of("py", "pyw", "ipynb");
  private static final Set<String> SCRIPT = Set.of("js", "mjs", "cjs", "ts", "tsx", "jsx", "mts",
      "cts");
  private static final Set<String> JVM = Set.of("java", "kt", "kts", "scala", "groovy");
  private static final Set<String> CONFIG = Set.of("json", "yaml", "yml", "toml", "ini", "cfg",
      "conf", "env", "properties", "tf", "tfvars", "sh", "go", "rb", "cs", "php");
  private static final List<String> THIRD_PARTY = List.of("/site-packages/", "/dist-packages/",
      "/node_modules/", ".dist-info/", ".egg-info/", "/usr/lib/", "/usr/share/", "/usr/local/lib/",
      "/lib/python", ".jar!/", ".whl!/", "/.venv/", "/venv/", "/vendor/");

  /** Python modules whose distribution name differs from the module name. */
  private static final Map<String, String> PY_MODULES = Map.ofEntries(
      Map.entry("google.generativeai", "google-generativeai"),
      Map.entry("google.genai", "google-genai"),
      Map.entry("vertexai", "google-cloud-aiplatform"),
      Map.entry("google.cloud.aiplatform", "google-cloud-aiplatform"),
      Map.entry("llama_index", "llama-index"),
      Map.entry("text_generation", "text-generation"),
      Map.entry("ts", "torchserve"));

  /** Java packages of the JVM SDKs, mapped to their Maven coordinates. */
  private static final Map<String, String> JVM_PACKAGES = Map.of(
      "dev.langchain4j", "dev.langchain4j:langchain4j",
      "com.openai", "com.openai:openai-java",
      "com.anthropic", "com.anthropic:anthropic-java",
      "software.amazon.awssdk.services.bedrockruntime", "software.amazon.awssdk:bedrockruntime",
      "com.azure.ai.openai", "com.azure:azure-ai-openai",
      "com.google.cloud.vertexai", "com.google.cloud:google-cloud-vertexai",
      "org.springframework.ai", "org.springframework.ai:spring-ai-core");

  /**
   * The expressions, compiled when a code or configuration file is first read rather than when
   * the scanner is made: {@code scan-files} makes this scanner for every input, and a scan of
   * model files or data sets never reads code, while compiling these (and linking the first
   * regular expression of the process) sat between the command's start and its first byte read.
   */
  private static final class Patterns {
    static final Pattern PY_IMPORT = Pattern.compile(
        "^\\s*\"?\\s*(?:from\\s+([A-Za-z_][\\w.]*)\\s+import\\b|import\\s+([A-Za-z_][\\w.]*))");
    static final Pattern JS_MODULE = Pattern.compile(
        "(?:require\\s*\\(\\s*|import\\s*\\(\\s*|\\bfrom\\s+|^\\s*import\\s+)['\"]([^'\"\\s]+)['\"]");
    static final Pattern JVM_IMPORT = Pattern.compile(
        "^\\s*import\\s+(?:static\\s+)?([A-Za-z_][\\w.]*)");
    static final Pattern BEDROCK_CLIENT = Pattern.compile(
        "client\\s*\\(\\s*(?:service_name\\s*=\\s*)?['\"]bedrock-runtime['\"]"
            + "|BedrockRuntimeClient|BedrockRuntime\\s*\\(");

    /** AI provider API hosts, as patterns, with the provider they belong to. */
    static final List<Map.Entry<Pattern, String>> ENDPOINTS = List.of(
        Map.entry(host("api\\.openai\\.com"), "OpenAI API"),
        Map.entry(host("api\\.anthropic\\.com"), "Anthropic API"),
        Map.entry(host("generativelanguage\\.googleapis\\.com"), "Google Gemini API"),
        Map.entry(host("[a-z0-9-]*-?aiplatform\\.googleapis\\.com"), "Vertex AI API"),
        Map.entry(host("[a-z0-9][a-z0-9-]*\\.openai\\.azure\\.com"), "Azure OpenAI"),
        Map.entry(host("bedrock-runtime(?:-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com"),
            "Amazon Bedrock runtime"),
        Map.entry(host("api\\.cohere\\.(?:ai|com)"), "Cohere API"),
        Map.entry(host("api\\.mistral\\.ai"), "Mistral AI API"),
        Map.entry(host("api\\.groq\\.com"), "Groq API"));

    private static Pattern host(String regex) {
      return Pattern.compile("(?<![A-Za-z0-9.-])(" + regex + ")(?![A-Za-z0-9-])",
          Pattern.CASE_INSENSITIVE);
    }
  }

  private final AiCatalogue catalogue;
  private final Consumer<AiEvidence> sink;

  /** A scanner that reports evidence to {@code sink}. */
  public AiSourceScanner(AiCatalogue catalogue, Consumer<AiEvidence> sink) {
    this.catalogue = catalogue;
    this.sink = sink;
  }


  @Override
  public String name() {
    return "ai-usage";
  }

  @Override
  public boolean accepts(String location, byte[] head) {
    String ext = extension(location);
    if (ext == null || !(PYTHON.contains(ext) || SCRIPT.contains(ext) || JVM.contains(ext)
        || CONFIG.contains(ext))) {
      return false;
    }
    return !thirdParty(location);
  }

  static boolean thirdParty(String location) {
    String p = "/" + location.replace('\\', '/');
    return THIRD_PARTY.stream().anyMatch(p::contains);
  }

  private static String extension(String location) {
    String name = location.substring(location.lastIndexOf('/') + 1);
    if (name.equals(".env") || name.startsWith(".env.")) {
      return "env";
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public void scan(ScanInput input, ScanLimits limits, Consumer<ContentFinding> findings)
      throws IOException {
    String location = input.location();
    String ext = extension(location);
    Set<String> seen = new HashSet<>();
    long cap = Math.min(MAX_SOURCE_BYTES, limits.maxBytesPerObject());
    BufferedReader reader = new BufferedReader(new InputStreamReader(
        new dev.aispm.scanners.data.inspect.LimitedStream(input.stream(), cap),
        StandardCharsets.UTF_8));
    String line;
    long number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.length() > limits.maxLineLength()) {
        line = line.substring(0, limits.maxLineLength());
      }
      if (PYTHON.contains(ext)) {
        python(line, location, number, seen);
      } else if (SCRIPT.contains(ext)) {
        script(line, location, number, seen);
      } else if (JVM.contains(ext)) {
        jvm(line, location, number, seen);
      }
      if (Patterns.BEDROCK_CLIENT.matcher(line).find()) {
        emit(seen, new AiEvidence("client", "bedrock-runtime", "Amazon Bedrock runtime",
            "provider-api", location, number));
      }
      for (Map.Entry<Pattern, String> endpoint : Patterns.ENDPOINTS) {
        Matcher m = endpoint.getKey().matcher(line);
        if (m.find()) {
          emit(seen, new AiEvidence("endpoint", m.group(1).toLowerCase(Locale.ROOT),
              endpoint.getValue(), "provider-api", location, number));
        }
      }
    }
  }

  private void python(String line, String location, long number, Set<String> seen) {
    Matcher m = Patterns.PY_IMPORT.matcher(line);
    if (!m.find()) {
      return;
    }
    String module = m.group(1) != null ? m.group(1) : m.group(2);
    String top = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
    String distribution = PY_MODULES.getOrDefault(firstTwo(module),
        PY_MODULES.getOrDefault(top, top));
    if (top.equals("google") && !PY_MODULES.containsKey(firstTwo(module))) {
      return;
    }
    catalogue.classify(Ecosystem.PYPI, distribution).ifPresent(c -> emit(seen,
        new AiEvidence("import", module, c.title(), c.category(), location, number)));
  }

  private static String firstTwo(String module) {
    String[] parts = module.split("\\.");
    if (parts.length >= 3 && parts[0].equals("google") && parts[1].equals("cloud")) {
      return parts[0] + "." + parts[1] + "." + parts[2];
    }
    return parts.length >= 2 ? parts[0] + "." + parts[1] : module;
  }

  private void script(String line, String location, long number, Set<String> seen) {
    Matcher m = Patterns.JS_MODULE.matcher(line);
    while (m.find()) {
      String spec = m.group(1);
      if (spec.startsWith(".") || spec.startsWith("/")) {
        continue;
      }
      String[] parts = spec.replaceFirst("^node:", "").split("/");
      String pkg = spec.startsWith("@") && parts.length >= 2 ? parts[0] + "/" + parts[1] : parts[0];
      catalogue.classify(Ecosystem.NPM, pkg).ifPresent(c -> emit(seen,
          new AiEvidence("import", pkg, c.title(), c.category(), location, number)));
    }
  }

  private void jvm(String line, String location, long number, Set<String> seen) {
    Matcher m = Patterns.JVM_IMPORT.matcher(line);
    if (!m.find()) {
      return;
    }
    String imported = m.group(1);
    Optional<Map.Entry<String, String>> hit = JVM_PACKAGES.entrySet().stream()
        .filter(e -> imported.equals(e.getKey()) || imported.startsWith(e.getKey() + "."))
        .findFirst();
    hit.flatMap(e -> catalogue.classify(Ecosystem.MAVEN, e.getValue())).ifPresent(c ->
        emit(seen, new AiEvidence("import", hit.get().getKey(), c.title(), c.category(),
            location, number)));
  }

  private void emit(Set<String> seen, AiEvidence evidence) {
    if (seen.add(evidence.kind() + ":" + evidence.subject())) {
      sink.accept(evidence);
    }
  }
}
