package dev.aispm.scanners.packages;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Maven {@code pom.xml}: the project's {@code <dependencies>} (not those of
 * {@code <dependencyManagement>}, profiles or plugins, which declare versions or build tools
 * rather than what the project uses). Versions are taken only when literal after resolving
 * {@code ${...}} from the same POM's {@code <properties>}, {@code ${project.version}} and
 * {@code ${project.groupId}} (falling back to {@code <parent>}); a version that still names an
 * unknown property, a range, or no version at all (one managed by a parent or BOM, which this
 * file does not hold) keeps the dependency without a version.
 *
 * <p>XML is read as a stream with DTDs and external entities switched off, and a document that
 * carries a DOCTYPE is refused outright, as the service's other XML readers do: an entity in a
 * scanned file must never be resolved. Elements nested deeper than {@link #MAX_DEPTH} stop the
 * read.
 */
final class MavenPom {
  /** The deepest element nesting read; a POM's dependency sits at depth 4. */
  static final int MAX_DEPTH = 64;
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern LITERAL_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._+-]*");
  private static final int MAX_EXPANSIONS = 10;

  private record Dependency(String groupId, String artifactId, String version) {
  }

  private MavenPom() {
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  static DeclaredDependencies read(String text, String location) throws IOException {
    DeclaredDependencies.Builder out = new DeclaredDependencies.Builder(location,
        PackageManifests.Kind.POM.source());
    Map<String, String> properties = new HashMap<>();
    List<Dependency> dependencies = new ArrayList<>();
    List<String> path = new ArrayList<>();
    Map<String, String> current = null;
    StringBuilder textOf = new StringBuilder();
    try {
      XMLStreamReader r = factory().createXMLStreamReader(new StringReader(text));
      try {
        while (r.hasNext()) {
          int event = r.next();
          switch (event) {
            case XMLStreamConstants.DTD -> throw new PackageManifests.UnreadableRecord("pom.xml carries a DOCTYPE; not read");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                throw new PackageManifests.UnreadableRecord("pom.xml refers to an entity; not read");
            case XMLStreamConstants.START_ELEMENT -> {
              path.add(r.getLocalName());
              if (path.size() > MAX_DEPTH) {
                throw new PackageManifests.UnreadableRecord("pom.xml nests deeper than " + MAX_DEPTH + " elements");
              }
              textOf.setLength(0);
              if (is(path, "project", "dependencies", "dependency")) {
                current = new HashMap<>();
              }
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
              if (textOf.length() < 4096) {
                textOf.append(r.getText(), 0, Math.min(r.getTextLength(), 4096));
              }
            }
            case XMLStreamConstants.END_ELEMENT -> {
              String value = textOf.toString().strip();
              textOf.setLength(0);
              if (path.size() == 3 && path.get(0).equals("project") && path.get(1).equals("properties")) {
                properties.put(path.get(2), value);
              } else if (is(path, "project", "version") || is(path, "project", "groupId")) {
                properties.put("project." + path.get(1), value);
              } else if (is(path, "project", "parent", "version")
                  || is(path, "project", "parent", "groupId")) {
                properties.putIfAbsent("parent." + path.get(2), value);
              } else if (current != null && path.size() == 4 && path.get(2).equals("dependency")) {
                current.put(path.get(3), value);
              } else if (current != null && is(path, "project", "dependencies", "dependency")) {
                if (dependencies.size() <= InstallCommands.MAX_PACKAGES) {
                  dependencies.add(new Dependency(current.get("groupId"), current.get("artifactId"),
                      current.get("version")));
                }
                current = null;
              }
              path.remove(path.size() - 1);
            }
            default -> {
            }
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      // StAX messages quote the document; say where, not what
      throw new PackageManifests.UnreadableRecord("pom.xml is not well-formed XML"
          + (e.getLocation() != null ? " (line " + e.getLocation().getLineNumber() + ")" : ""));
    }
    properties.put("project.parent.version", properties.get("parent.version"));
    properties.put("project.parent.groupId", properties.get("parent.groupId"));
    properties.putIfAbsent("project.version", properties.get("parent.version"));
    properties.putIfAbsent("project.groupId", properties.get("parent.groupId"));
    // the same few values recur in every dependency; a hostile POM's self-referencing properties
    // are expanded once per distinct value, not once per dependency
    Map<String, String> resolved = new HashMap<>();
    java.util.function.Function<String, String> lookup = v -> v == null ? null
        : resolved.computeIfAbsent(v, x -> resolve(x, properties));
    for (Dependency d : dependencies) {
      if (out.full()) {
        break;
      }
      String group = lookup.apply(d.groupId());
      String artifact = lookup.apply(d.artifactId());
      if (group == null || artifact == null || group.contains("${") || artifact.contains("${")) {
        out.unresolved();
        continue;
      }
      String version = lookup.apply(d.version());
      if (version != null && !LITERAL_VERSION.matcher(version).matches()) {
        version = null;
      }
      out.add(Ecosystem.MAVEN, group + ":" + artifact, version);
    }
    return out.build();
  }

  private static boolean is(List<String> path, String... names) {
    return path.equals(List.of(names));
  }

  /** {@code value} with its {@code ${...}} replaced from {@code properties}, a few levels deep. */
  static String resolve(String value, Map<String, String> properties) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    String v = value;
    for (int n = 0; n < MAX_EXPANSIONS && v.contains("${"); n++) {
      Matcher m = PROPERTY.matcher(v);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String name = m.group(1);
        String replacement = properties.get(name.startsWith("pom.") ? "project." + name.substring(4) : name);
        m.appendReplacement(b, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
      }
      m.appendTail(b);
      if (b.toString().equals(v) || b.length() > 4096) {
        break;
      }
      v = b.toString();
    }
    return v;
  }
}
