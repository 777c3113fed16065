package dev.aispm.rules.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads rule folders ({@code rule.yaml}, {@code query.cypher}, {@code fixtures/*.cypher}) from the
 * classpath (the built-in catalogue) or from a user folder (custom rules, no rebuild needed).
 *
 * <p>A folder is a rule when it holds a {@code rule.yaml}. Invalid rules fail loading with the
 * folder and the field named, because a rule that silently does not load is a gap in coverage
 * nobody sees.
 */
public final class RuleLoader {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String ROOT = "rules/";

  private RuleLoader() {}

  /** Loads the built-in rules under {@code rules/} on the classpath. */
  public static List<Rule> fromClasspath(ClassLoader loader) {
    Map<String, Map<String, String>> folders = new TreeMap<>();
    try {
      Enumeration<URL> roots = loader.getResources("rules");
      while (roots.hasMoreElements()) {
        URL root = roots.nextElement();
        if ("file".equals(root.getProtocol())) {
          readTree(Path.of(root.toURI()), "classpath:rules", folders);
        } else if (root.openConnection() instanceof JarURLConnection jar) {
          jar.setUseCaches(false);
          try (JarFile file = jar.getJarFile()) {
            readJar(file, folders);
          }
        } else {
          throw new IllegalStateException("cannot list rules at " + root);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in rules", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return parseAll(folders);
  }

  /** Loads every rule folder below {@code dir}. */
  public static List<Rule> fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("rules folder does not exist: " + dir);
    }
    Map<String, Map<String, String>> folders = new TreeMap<>();
    readTree(dir, dir.toString(), folders);
    return parseAll(folders);
  }

  private static void readTree(Path root, String label, Map<String, Map<String, String>> folders) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        add(folders, label + "/", rel, Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules under " + root, e);
    }
  }

  private static void readJar(JarFile jar, Map<String, Map<String, String>> folders) throws IOException {
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      JarEntry e = entries.nextElement();
      if (!e.isDirectory() && e.getName().startsWith(ROOT)) {
        try (InputStream in = jar.getInputStream(e)) {
          add(folders, "classpath:rules/", e.getName().substring(ROOT.length()),
              new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  // Groups files by rule folder: a/b/rule_id/rule.yaml and a/b/rule_id/fixtures/pass.cypher both
  // belong to the folder a/b/rule_id.
  private static void add(Map<String, Map<String, String>> folders, String label, String rel, String text) {
    String folder;
    String name;
    int fixtures = rel.lastIndexOf("/fixtures/");
    if (fixtures >= 0) {
      folder = rel.substring(0, fixtures);
      name = rel.substring(fixtures + 1);
    } else {
      int slash = rel.lastIndexOf('/');
      folder = slash < 0 ? "" : rel.substring(0, slash);
      name = rel.substring(slash + 1);
    }
    folders.computeIfAbsent(label + folder, k -> new TreeMap<>()).put(name, text);
  }

  private static List<Rule> parseAll(Map<String, Map<String, String>> folders) {
    List<Rule> rules = new ArrayList<>();
    for (var folder : folders.entrySet()) {
      Map<String, String> files = folder.getValue();
      if (!files.containsKey("rule.yaml")) {
        continue;
      }
      rules.add(parse(folder.getKey(), files));
    }
    return rules;
  }

  /** Parses one rule folder's files (names relative to the folder). */
  public static Rule parse(String origin, Map<String, String> files) {
    try {
      String query = files.get("query.cypher");
      if (query == null || query.isBlank()) {
        throw new IllegalArgumentException("query.cypher is missing or empty");
      }
      RuleMetadata meta = metadata(YAML.readTree(files.get("rule.yaml")));
      String folderName = origin.substring(origin.lastIndexOf('/') + 1);
      if (!folderName.equals(meta.id())) {
        throw new IllegalArgumentException("id '" + meta.id() + "' differs from its folder name '" + folderName + "'");
      }
      Map<String, String> fixtures = new LinkedHashMap<>();
      files.forEach((name, text) -> {
        if (name.startsWith("fixtures/") && name.endsWith(".cypher")) {
          fixtures.put(name.substring("fixtures/".length(), name.length() - ".cypher".length()), text);
        }
      });
      return new Rule(meta, query, fixtures, origin);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("invalid rule at " + origin + ": " + e.getMessage(), e);
    }
  }

  static RuleMetadata metadata(JsonNode y) {
    if (y == null || !y.isObject()) {
      throw new IllegalArgumentException("rule.yaml is not a mapping");
    }
    JsonNode rem = y.path("remediation");
    Map<String, List<String>> controls = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = y.path("compliance").fields(); it.hasNext(); ) {
      var e = it.next();
      controls.put(e.getKey(), strings(e.getValue()));
    }
    return new RuleMetadata(
        required(y, "id"),
        required(y, "title"),
        required(y, "description"),
        RuleSeverity.parse(required(y, "severity")),
        Category.parse(required(y, "category")),
        required(y, "provider"),
        text(y, "service"),
        strings(y.path("resourceTypes")),
        required(y, "risk"),
        new Remediation(required(rem, "text"), text(rem, "console"), text(rem, "cli"), text(rem, "iac")),
        strings(y.path("references")),
        new Compliance(controls));
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing required field '" + field + "'");
    }
    return value.strip();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (!node.isMissingNode() && !node.isNull()) {
      out.add(node.asText());
    }
    return out;
  }
}
