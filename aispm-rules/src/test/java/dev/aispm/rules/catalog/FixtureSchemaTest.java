package dev.aispm.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.graph.schema.NodeSchema;
import dev.aispm.graph.schema.RecordSchema;
import dev.aispm.graph.schema.SchemaCatalog;
import dev.aispm.graph.schema.common.RecordSchemas;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Holds every rule fixture to the schema the collectors write through: each node a fixture
 * creates carries exactly the labels its type is declared with, and only properties the type
 * declares. A renamed property or concept in the schema therefore breaks the fixtures that still
 * use the old name, instead of leaving a rule that passes on its fixtures and never matches a
 * real graph. Rule queries are held to it too: every property a query reads is declared by some
 * node type, record or edge.
 */
class FixtureSchemaTest {
  private static final SchemaCatalog SCHEMA = SchemaCatalog.standard();
  /** A node pattern with labels, and its property map when it has one. */
  private static final Pattern NODE = Pattern.compile("\\(\\s*\\w*((?:\\s*:\\s*`?\\w+`?)+)\\s*(\\{)?");

  @TestFactory
  Stream<DynamicTest> everyFixtureNodeIsDeclared() {
    return RuleCatalogIT.CATALOG.rules().stream().flatMap(rule -> rule.fixtures().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(rule.id() + " " + e.getKey(),
            () -> assertThat(problems(e.getValue())).as(rule.origin() + " fixture " + e.getKey()).isEmpty())));
  }

  /**
   * Relationship properties rules read: relationship types do not declare properties yet, so the
   * ones the collectors write on edges are listed here (CAN_REACH says how the internet gets in).
   */
  private static final Set<String> EDGE_PROPERTIES = Set.of("via", "ports");
  private static final Pattern PROPERTY_READ = Pattern.compile("\\b[a-z][A-Za-z0-9_]*\\.([a-z][A-Za-z0-9_]*)\\b");

  @TestFactory
  Stream<DynamicTest> everyPropertyARuleReadsIsDeclared() {
    return RuleCatalogIT.CATALOG.rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () ->
        assertThat(undeclaredReads(rule.query())).as(rule.origin() + " reads properties no type declares").isEmpty()));
  }

  @Test
  void aMisspeltPropertyReadIsCaught() {
    assertThat(undeclaredReads("MATCH (n:Notebook) WHERE n.rootAcess = true RETURN n.id, 'n.nothing'"))
        .containsExactly("n.rootAcess");
  }

  /** Property reads ({@code n.key}, outside strings) whose key no node type, record or edge declares. */
  static List<String> undeclaredReads(String query) {
    Set<String> declared = new java.util.HashSet<>(NodeSchema.COMMON_PROPERTIES);
    SCHEMA.nodes().forEach(n -> n.properties().forEach(p -> declared.add(p.name())));
    SCHEMA.records().forEach(r -> r.properties().forEach(p -> declared.add(p.name())));
    declared.addAll(EDGE_PROPERTIES);
    List<String> unknown = new ArrayList<>();
    Matcher m = PROPERTY_READ.matcher(withoutStrings(query));
    while (m.find()) {
      if (!declared.contains(m.group(1))) {
        unknown.add(m.group(0));
      }
    }
    return unknown;
  }

  @Test
  void aRenamedPropertyIsCaught() {
    assertThat(problems("CREATE (:Asset:Compute:Notebook:AWSSageMakerNotebookInstance {id: 'x', rootAcess: true})"))
        .singleElement().asString().contains("rootAcess");
    assertThat(problems("CREATE (:Asset:Compute:Notebook:AWSSageMakerNotebookInstance {id: 'x', rootAccess: true})"))
        .isEmpty();
  }

  @Test
  void aMissingOrExtraConceptIsCaught() {
    assertThat(problems("CREATE (:Asset:Notebook:AWSSageMakerNotebookInstance {id: 'x'})")).hasSize(1);
    assertThat(problems("CREATE (:Asset:Compute:Notebook:Endpoint:AWSSageMakerNotebookInstance {id: 'x'})"))
        .hasSize(1);
  }

  @Test
  void undeclaredLabelsAndRecordPropertiesAreCaught() {
    assertThat(problems("CREATE (:Asset:Notebook:AzureMadeUpType {id: 'x'})")).hasSize(1);
    assertThat(problems("CREATE (:Finding {id: 'f', ruleId: 'r', colour: 'red'})"))
        .singleElement().asString().contains("colour");
    assertThat(problems("CREATE (:Finding {id: 'f', ruleId: 'r', resourceIds: ['a', 'b']})")).isEmpty();
    assertThat(problems("MATCH (n) WHERE n.x = '(:Fake {a: 1})' RETURN n")).isEmpty();
  }

  /** What in a fixture disagrees with the schema, one sentence each. */
  static List<String> problems(String cypher) {
    List<String> out = new ArrayList<>();
    String code = withoutStrings(cypher);
    Matcher m = NODE.matcher(code);
    while (m.find()) {
      Set<String> labels = new LinkedHashSet<>();
      for (String l : m.group(1).split(":")) {
        if (!l.isBlank()) {
          labels.add(l.strip().replace("`", ""));
        }
      }
      List<String> keys = m.group(2) == null ? List.of() : keys(cypher, m.start(2));
      check(labels, keys).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> check(Set<String> labels, List<String> keys) {
    Optional<NodeSchema> type = labels.stream().map(SCHEMA::node).flatMap(Optional::stream).findFirst();
    if (type.isPresent()) {
      NodeSchema t = type.get();
      if (!labels.equals(new LinkedHashSet<>(t.labels()))) {
        return Optional.of(t.type() + " is declared with labels " + t.labels() + ", the fixture gives " + labels);
      }
      List<String> undeclared = keys.stream()
          .filter(k -> !NodeSchema.COMMON_PROPERTIES.contains(k) && !t.declares(k)).toList();
      return undeclared.isEmpty() ? Optional.empty()
          : Optional.of(t.type() + " declares no property " + undeclared);
    }
    for (String l : labels) {
      RecordSchema r = RecordSchemas.record(l);
      if (r != null) {
        List<String> undeclared = keys.stream().filter(k -> !r.declares(k)).toList();
        return undeclared.isEmpty() ? Optional.empty() : Optional.of(l + " declares no property " + undeclared);
      }
    }
    return Optional.of("no node type or record is declared for the labels " + labels);
  }

  /** The top-level keys of the property map that starts at {@code open} (the index of its brace). */
  private static List<String> keys(String cypher, int open) {
    List<String> keys = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    StringBuilder key = new StringBuilder();
    boolean inKey = true;
    for (int i = open; i < cypher.length(); i++) {
      char c = cypher.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      switch (c) {
        case '\'', '"' -> quote = c;
        case '{', '[', '(' -> depth++;
        case '}', ']', ')' -> depth--;
        case ':' -> {
          if (depth == 1 && inKey) {
            keys.add(key.toString().strip().replace("`", ""));
            inKey = false;
          }
        }
        case ',' -> {
          if (depth == 1) {
            key.setLength(0);
            inKey = true;
          }
        }
        default -> {
          if (depth == 1 && inKey) {
            key.append(c);
          }
        }
      }
      if (depth == 0) {
        break;
      }
    }
    return keys;
  }

  /** The text with string literals blanked (same length), so patterns inside strings are not read as nodes. */
  private static String withoutStrings(String cypher) {
    StringBuilder sb = new StringBuilder(cypher);
    char quote = 0;
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (quote != 0) {
        if (c == '\\' && i + 1 < sb.length()) {
          sb.setCharAt(i, ' ');
          sb.setCharAt(++i, ' ');
          continue;
        }
        if (c == quote) {
          quote = 0;
        } else {
          sb.setCharAt(i, ' ');
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      }
    }
    return sb.toString();
  }
}
