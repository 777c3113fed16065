package dev.aispm.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A relationship or node type declared in a schema class but left out of its provider's list is
 * invisible to the schema installer, to stale cleanup and to docs/graph-model.md, and nothing
 * else fails: the collector writes it all the same. This test reads every schema class on the
 * class path and requires each declared type to be in {@link SchemaCatalog#standard()}.
 */
class SchemaCatalogCompletenessTest {

  @Test
  void everyDeclaredRelationshipIsCatalogued() throws Exception {
    List<RelSchema> catalogued = SchemaCatalog.standard().rels();
    List<String> missing = new ArrayList<>();
    for (Field f : declared(RelSchema.class)) {
      RelSchema rel = (RelSchema) f.get(null);
      if (catalogued.stream().noneMatch(c -> c == rel)) {
        missing.add(f.getDeclaringClass().getSimpleName() + "." + f.getName());
      }
    }
    assertThat(missing).as("relationship schemas not in any provider's RELS").isEmpty();
  }

  @Test
  void everyDeclaredNodeTypeIsCatalogued() throws Exception {
    SchemaCatalog catalog = SchemaCatalog.standard();
    List<String> missing = new ArrayList<>();
    for (Field f : declared(NodeSchema.class)) {
      NodeSchema node = (NodeSchema) f.get(null);
      if (catalog.node(node.type()).orElse(null) != node) {
        missing.add(f.getDeclaringClass().getSimpleName() + "." + f.getName());
      }
    }
    assertThat(missing).as("node schemas not in any provider's NODES").isEmpty();
  }

  @Test
  void theClassPathWalkFindsTheSchemaClasses() throws Exception {
    // Guards the walk itself: an empty result would make the tests above pass vacuously.
    assertThat(declared(RelSchema.class)).hasSizeGreaterThan(100);
    assertThat(declared(NodeSchema.class)).hasSizeGreaterThan(50);
  }

  /** Public static fields of the given schema type in every class under this package. */
  private static List<Field> declared(Class<?> schemaType) throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path root = Path.of(SchemaCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String pkg = SchemaCatalog.class.getPackageName();
    Path dir = root.resolve(pkg.replace('.', '/'));
    List<Field> fields = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(x -> x.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        Class<?> type = Class.forName(name, false, SchemaCatalog.class.getClassLoader());
        for (Field f : type.getDeclaredFields()) {
          int m = f.getModifiers();
          if (Modifier.isStatic(m) && Modifier.isPublic(m) && f.getType() == schemaType) {
            fields.add(f);
          }
        }
      }
    }
    return fields;
  }
}
