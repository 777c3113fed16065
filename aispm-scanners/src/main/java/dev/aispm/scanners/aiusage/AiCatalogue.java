package dev.aispm.scanners.aiusage;

import dev.aispm.scanners.packages.Ecosystem;
import dev.aispm.scanners.packages.SoftwarePackage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which packages mean AI is in use: provider SDKs, LLM frameworks, ML frameworks and the
 * self-hosted inference and ML tooling servers (vLLM, TGI, Ollama, Triton, TorchServe, MLflow,
 * Ray, Gradio, Jupyter...). Kept as data ({@code ai-catalogue.tsv} beside this class) so adding a
 * package is a one-line change that the catalogue test checks.
 */
public final class AiCatalogue {
  private static final String RESOURCE = "ai-catalogue.tsv";
  /**
   * The entries; for the built-in catalogue read on first use. Finding a resource makes the
   * class loader open the application's jars one by one, which took longer than scanning a
   * small file, and most inputs of a file scan never ask the catalogue anything.
   */
  private volatile List<AiComponent> components;

  AiCatalogue(List<AiComponent> components) {
    this.components = List.copyOf(components);
  }

  private AiCatalogue() {
  }

  /** The catalogue this module ships; its file is read when first asked. */
  public static AiCatalogue builtIn() {
    return new AiCatalogue();
  }

  private static AiCatalogue read() {
    try (InputStream in = AiCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AiCatalogue parse(String tsv) throws IOException {
    List<AiComponent> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      int lineNumber = number;
      if (f.length != 4) {
        throw new IllegalArgumentException("catalogue line " + number + " needs 4 fields");
      }
      Ecosystem e = Ecosystem.fromOsv(f[0]).orElseThrow(() -> new IllegalArgumentException(
          "catalogue line " + lineNumber + ": unknown ecosystem " + f[0]));
      out.add(new AiComponent(e, f[1], f[2], f[3]));
    }
    return new AiCatalogue(out);
  }

  /** Every entry. */
  public List<AiComponent> components() {
    List<AiComponent> c = components;
    if (c == null) {
      c = read().components;
      components = c;
    }
    return c;
  }

  /** The entry a package is, if it is an AI package. */
  public Optional<AiComponent> classify(SoftwarePackage p) {
    return classify(p.ecosystem(), p.name());
  }

  /** The entry a package name (any spelling of it) is, if it is an AI package. */
  public Optional<AiComponent> classify(Ecosystem ecosystem, String name) {
    String normalized = ecosystem.normalizeName(name);
    // an exact entry wins over a prefix family
    List<AiComponent> all = components();
    return all.stream().filter(c -> !c.pattern().endsWith("*"))
        .filter(c -> c.matches(ecosystem, normalized)).findFirst()
        .or(() -> all.stream().filter(c -> c.matches(ecosystem, normalized)).findFirst());
  }
}
