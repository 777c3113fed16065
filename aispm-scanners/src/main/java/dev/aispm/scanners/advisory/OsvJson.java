package dev.aispm.scanners.advisory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aispm.scanners.core.Severity;
import dev.aispm.scanners.packages.Ecosystem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes advisories in the OSV JSON schema (1.x): {@code affected[].package} with
 * {@code ecosystem} and {@code name}, {@code ranges[]} of type {@code ECOSYSTEM} or
 * {@code SEMVER} with {@code introduced} / {@code fixed} / {@code last_affected} / {@code limit}
 * events, {@code versions[]}, {@code aliases}, CVSS {@code severity[]} and the GitHub Advisory
 * Database's {@code database_specific.severity}. What it writes is OSV too, trimmed to those
 * fields, so the stored index and the bundled snapshot read back through the same code.
 */
public final class OsvJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** What reading one document gave: an advisory of our ecosystems, or why there is none. */
  public record Outcome(OsvAdvisory advisory, boolean foreign, List<String> problems) {
  }

  private OsvJson() {
  }

  /**
   * Reads one OSV document.
   *
   * @throws IllegalArgumentException when it is not an OSV advisory at all (no {@code id}, a
   *     {@code schema_version} other than 1.x, {@code affected} not a list)
   */
  public static Outcome read(JsonNode doc) {
    if (!doc.isObject() || !doc.path("id").isTextual() || doc.path("id").asText().isBlank()) {
      throw new IllegalArgumentException("not an OSV advisory: no \"id\"");
    }
    String id = doc.get("id").asText();
    String schema = doc.path("schema_version").asText("1");
    if (!schema.startsWith("1")) {
      throw new IllegalArgumentException(id + ": unsupported OSV schema_version " + schema);
    }
    JsonNode affectedNode = doc.path("affected");
    if (!affectedNode.isMissingNode() && !affectedNode.isArray()) {
      throw new IllegalArgumentException(id + ": \"affected\" is not a list");
    }
    List<String> problems = new ArrayList<>();
    List<OsvAdvisory.Affected> affected = new ArrayList<>();
    for (JsonNode a : affectedNode) {
      Optional<Ecosystem> eco = Ecosystem.fromOsv(a.path("package").path("ecosystem").asText(null));
      String name = a.path("package").path("name").asText("");
      if (eco.isEmpty() || name.isBlank()) {
        continue;
      }
      List<OsvAdvisory.Range> ranges = new ArrayList<>();
      for (JsonNode r : a.path("ranges")) {
        String type = r.path("type").asText("");
        if (!type.equals("ECOSYSTEM") && !type.equals("SEMVER")) {
          continue; // GIT ranges name commits, not package versions
        }
        List<OsvAdvisory.Event> events = new ArrayList<>();
        boolean valid = true;
        for (JsonNode e : r.path("events")) {
          var fields = e.fieldNames();
          if (!fields.hasNext()) {
            continue;
          }
          String kind = fields.next();
          String version = e.path(kind).asText("");
          if (!Set.of("introduced", "fixed", "last_affected", "limit").contains(kind)) {
            continue;
          }
          if (!(kind.equals("introduced") && version.equals("0"))
              && !validVersion(eco.get(), type, version)) {
            problems.add(id + ": " + name + " range event " + kind + " '" + version
                + "' is not a " + eco.get().osvName() + " version; range ignored");
            valid = false;
            break;
          }
          events.add(new OsvAdvisory.Event(kind, version));
        }
        if (valid && !events.isEmpty()) {
          ranges.add(new OsvAdvisory.Range(type, events));
        }
      }
      Set<String> versions = new LinkedHashSet<>();
      a.path("versions").forEach(v -> versions.add(v.asText()));
      if (ranges.isEmpty() && versions.isEmpty()) {
        continue;
      }
      affected.add(new OsvAdvisory.Affected(eco.get(), eco.get().normalizeName(name), ranges,
          versions));
    }
    if (affected.isEmpty()) {
      return new Outcome(null, true, problems);
    }
    List<String> aliases = new ArrayList<>();
    doc.path("aliases").forEach(x -> aliases.add(x.asText()));
    String vector = null;
    for (JsonNode s : doc.path("severity")) {
      if (s.path("type").asText("").equals("CVSS_V3")) {
        vector = s.path("score").asText(null);
      }
    }
    Severity severity = severity(doc.path("database_specific").path("severity").asText(""),
        vector);
    return new Outcome(new OsvAdvisory(id, doc.path("summary").asText(""), aliases, severity,
        vector, doc.path("modified").asText(""), affected), false, problems);
  }

  static boolean validVersion(Ecosystem eco, String type, String version) {
    if (type.equals("SEMVER")) {
      try {
        dev.aispm.scanners.packages.version.SemVer.parse(version);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return eco.isValidVersion(version);
  }

  private static Severity severity(String rating, String vector) {
    switch (rating.toUpperCase(Locale.ROOT)) {
      case "CRITICAL":
        return Severity.CRITICAL;
      case "HIGH":
        return Severity.HIGH;
      case "MODERATE", "MEDIUM":
        return Severity.MEDIUM;
      case "LOW":
        return Severity.LOW;
      default:
        break;
    }
    if (vector != null) {
      try {
        return Cvss3.rating(Cvss3.baseScore(vector));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The advisory as a trimmed OSV document. */
  public static ObjectNode write(OsvAdvisory a) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("schema_version", "1.4.0");
    doc.put("id", a.id());
    if (!a.modified().isEmpty()) {
      doc.put("modified", a.modified());
    }
    ArrayNode aliases = doc.putArray("aliases");
    a.aliases().forEach(aliases::add);
    doc.put("summary", a.summary());
    if (a.cvssVector() != null) {
      doc.putArray("severity").addObject().put("type", "CVSS_V3").put("score", a.cvssVector());
    }
    ArrayNode affected = doc.putArray("affected");
    for (OsvAdvisory.Affected af : a.affected()) {
      ObjectNode node = affected.addObject();
      node.putObject("package").put("ecosystem", af.ecosystem().osvName()).put("name", af.name());
      ArrayNode ranges = node.putArray("ranges");
      for (OsvAdvisory.Range r : af.ranges()) {
        ObjectNode range = ranges.addObject();
        range.put("type", r.type());
        ArrayNode events = range.putArray("events");
        r.events().forEach(e -> events.addObject().put(e.kind(), e.version()));
      }
      if (!af.versions().isEmpty()) {
        ArrayNode versions = node.putArray("versions");
        af.versions().stream().sorted().forEach(versions::add);
      }
    }
    if (a.severity() != null) {
      doc.putObject("database_specific").put("severity",
          a.severity() == Severity.MEDIUM ? "MODERATE" : a.severity().name());
    }
    return doc;
  }
}
