package dev.aispm.scanners.packages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;

/**
 * A conda environment file ({@code environment.yml}, and the {@code conda.yaml} MLflow writes
 * beside every logged model): the conda match specs under {@code dependencies:}, the
 * {@code - pip:} list nested in it, and {@code channels:} as the environment's package indexes.
 * ML projects declare their environment this way more often than in any Python-only format.
 *
 * <p>Conda specs are read as {@code conda install} arguments are ({@link InstallCommands}), so a
 * package is named and pinned the same way in a script and in a file; the pip list is read as
 * requirement lines. The YAML is read as a tree of plain values only: no tag constructs an
 * object, and aliases are not expanded.
 */
final class CondaEnvironment {
  /** Made on first use, so a scan holding no environment file does not set up a YAML parser. */
  private static final class Yaml {
    static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
  }

  private CondaEnvironment() {
  }

  static DeclaredDependencies read(String text, String location) throws IOException {
    JsonNode root = Yaml.MAPPER.readTree(text);
    DeclaredDependencies.Builder out = new DeclaredDependencies.Builder(location,
        PackageManifests.Kind.CONDA_ENVIRONMENT.source());
    if (root == null || !root.isObject()) {
      return out.build();
    }
    for (JsonNode channel : root.path("channels")) {
      if (channel.isTextual()) {
        out.index(channel.asText());
      }
    }
    for (JsonNode dep : root.path("dependencies")) {
      if (out.full()) {
        break;
      }
      if (dep.isTextual()) {
        SoftwarePackage p = InstallCommands.condaPackage(dep.asText(), location,
            PackageManifests.Kind.CONDA_ENVIRONMENT.source(), out::index);
        if (p != null) {
          out.add(p.ecosystem(), p.name(), p.version());
        }
      } else if (dep.isObject() && dep.path("pip").isArray()) {
        pip(dep.path("pip"), out);
      } else {
        out.unresolved();
      }
    }
    return out.build();
  }

  /** The pip list: requirement lines, and the index options pip accepts in a requirements file. */
  private static void pip(JsonNode lines, DeclaredDependencies.Builder out) {
    for (JsonNode line : lines) {
      if (!line.isTextual()) {
        out.unresolved();
        continue;
      }
      String l = line.asText().strip();
      String[] words = l.split("[\\s=]+", 2);
      if (words.length == 2 && (words[0].equals("-i") || words[0].equals("--index-url")
          || words[0].equals("--extra-index-url") || words[0].equals("-f")
          || words[0].equals("--find-links"))) {
        out.index(words[1].strip());
      } else if (!l.startsWith("-")) {
        out.requirement(l);
      }
    }
  }
}
