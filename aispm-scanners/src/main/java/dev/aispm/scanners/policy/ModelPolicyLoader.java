package dev.aispm.scanners.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a model policy file strictly: every key must be one the schema knows, every pattern
 * must compile, every format and verdict must be one the scanners produce, and a key may not
 * appear twice. The schema is documented in docs/model-gate.md and shown in
 * deploy/model-policy.example.yaml.
 */
public final class ModelPolicyLoader {
  /** Policy files are small; a larger one is a mistake or an attack on the parser. */
  static final int MAX_BYTES = 1024 * 1024;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> TOP = Set.of("version", "name", "sources", "vendors", "baseModels",
      "formats", "licences", "licenses", "scan");

  private ModelPolicyLoader() {}

  /** Loads a policy file; the exception's message names the file and what is wrong. */
  public static ModelPolicy load(Path file) throws ModelPolicyException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new ModelPolicyException(file + ": cannot read the policy file ("
          + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()) + ")", e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new ModelPolicyException(file + ": the policy file is larger than " + MAX_BYTES + " bytes");
    }
    try {
      return parse(new String(bytes, StandardCharsets.UTF_8));
    } catch (ModelPolicyException e) {
      throw new ModelPolicyException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses policy text; the exception's message names the key at fault. */
  public static ModelPolicy parse(String yaml) throws ModelPolicyException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ModelPolicyException("not valid YAML: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
    } catch (IOException e) {
      throw new ModelPolicyException("not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ModelPolicyException("the policy must be a YAML mapping with version: 1");
    }
    onlyKeys(root, TOP, "");
    JsonNode version = root.get("version");
    if (version == null || !version.isInt() || version.asInt() != 1) {
      throw new ModelPolicyException("version: must be 1");
    }
    if (root.has("licences") && root.has("licenses")) {
      throw new ModelPolicyException("licences and licenses: give one of the two spellings, not both");
    }
    String name = root.has("name") ? text(root.get("name"), "name") : "model-policy";
    Approval sources = approval(root.get("sources"), "sources");
    Approval vendors = approval(root.get("vendors"), "vendors");
    Approval baseModels = approval(root.get("baseModels"), "baseModels");
    Set<String> formats = formats(root.get("formats"));
    String licenceKey = root.has("licenses") ? "licenses" : "licences";
    LicenceRule licences = licences(root.get(licenceKey), licenceKey);
    ScanVerdict block = block(root.get("scan"));
    return new ModelPolicy(name, sources, vendors, baseModels, formats, licences, block);
  }

  private static Approval approval(JsonNode node, String key) throws ModelPolicyException {
    if (node == null) {
      return null;
    }
    section(node, key, Set.of("approved", "unknown"));
    List<NamePattern> patterns = new ArrayList<>();
    List<String> texts = list(node.get("approved"), key + ".approved");
    for (int i = 0; i < texts.size(); i++) {
      try {
        patterns.add(NamePattern.parse(texts.get(i)));
      } catch (IllegalArgumentException e) {
        throw new ModelPolicyException(key + ".approved[" + i + "]: " + e.getMessage());
      }
    }
    return new Approval(patterns, allowUnknown(node.get("unknown"), key));
  }

  private static Set<String> formats(JsonNode node) throws ModelPolicyException {
    if (node == null) {
      return ModelFormats.DEFAULT_APPROVED;
    }
    section(node, "formats", Set.of("approved"));
    Set<String> out = new LinkedHashSet<>();
    List<String> texts = list(node.get("approved"), "formats.approved");
    for (int i = 0; i < texts.size(); i++) {
      String f = texts.get(i).strip().toLowerCase(Locale.ROOT);
      if (!ModelFormats.ALL.contains(f)) {
        throw new ModelPolicyException("formats.approved[" + i + "]: unknown format '" + texts.get(i)
            + "' (expected one of " + String.join(", ", ModelFormats.ALL) + ")");
      }
      out.add(f);
    }
    return out;
  }

  private static LicenceRule licences(JsonNode node, String key) throws ModelPolicyException {
    if (node == null) {
      return null;
    }
    section(node, key, Set.of("approved", "unknown"));
    List<String> texts = list(node.get("approved"), key + ".approved");
    for (int i = 0; i < texts.size(); i++) {
      String problem = LicenceRule.checkId(texts.get(i));
      if (problem != null) {
        throw new ModelPolicyException(key + ".approved[" + i + "]: " + problem);
      }
    }
    return new LicenceRule(Set.copyOf(texts), allowUnknown(node.get("unknown"), key));
  }

  private static ScanVerdict block(JsonNode node) throws ModelPolicyException {
    if (node == null) {
      return ScanVerdict.SUSPICIOUS;
    }
    section(node, "scan", Set.of("block"));
    if (!node.has("block")) {
      return ScanVerdict.SUSPICIOUS;
    }
    String text = text(node.get("block"), "scan.block");
    if (text.equalsIgnoreCase("none")) {
      return null;
    }
    ScanVerdict v = ScanVerdict.parse(text);
    if (v == null || v == ScanVerdict.CLEAN) {
      throw new ModelPolicyException("scan.block: unknown verdict '" + text
          + "' (expected malicious, suspicious, unparseable, not-fully-scanned or none)");
    }
    return v;
  }

  private static boolean allowUnknown(JsonNode node, String key) throws ModelPolicyException {
    if (node == null) {
      return false;
    }
    String t = text(node, key + ".unknown");
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "allow" -> true;
      case "deny" -> false;
      default -> throw new ModelPolicyException(key + ".unknown: expected allow or deny, not '" + t + "'");
    };
  }

  private static void section(JsonNode node, String key, Set<String> allowed) throws ModelPolicyException {
    if (!node.isObject()) {
      throw new ModelPolicyException(key + ": must be a mapping with " + String.join(", ", new java.util.TreeSet<>(allowed)));
    }
    onlyKeys(node, allowed, key + ".");
    if (allowed.contains("approved") && !node.has("approved")) {
      throw new ModelPolicyException(key + ": needs an approved list");
    }
  }

  private static void onlyKeys(JsonNode node, Set<String> allowed, String prefix) throws ModelPolicyException {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      String k = fields.next().getKey();
      if (!allowed.contains(k)) {
        throw new ModelPolicyException(prefix + k + ": unknown key (expected one of "
            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
      }
    }
  }

  private static List<String> list(JsonNode node, String key) throws ModelPolicyException {
    if (node == null || !node.isArray()) {
      throw new ModelPolicyException(key + ": must be a list");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(text(node.get(i), key + "[" + i + "]"));
    }
    return out;
  }

  private static String text(JsonNode node, String key) throws ModelPolicyException {
    // Numbers are refused too: YAML reads 1.0 or 2 unquoted, and a licence or version written
    // that way would be compared as something else than the author typed.
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new ModelPolicyException(key + ": must be a non-empty string (quote it if YAML reads it as a number,"
          + " a boolean or null)");
    }
    return node.asText();
  }
}
