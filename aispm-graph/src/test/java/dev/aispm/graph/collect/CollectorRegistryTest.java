package dev.aispm.graph.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectorRegistryTest {
  record Named(String provider, CollectorStage stage) implements Collector {
    @Override
    public void collect(CollectionContext context) {
      throw new AssertionError("not run here");
    }
  }

  static CollectorFactory factory(String name, Collector... made) {
    return new CollectorFactory() {
      @Override
      public String provider() {
        return name;
      }

      @Override
      public List<Collector> create(Map<String, String> environment) {
        return List.of(made);
      }
    };
  }

  private final Collector awsInventory = new Named("aws", CollectorStage.INVENTORY);
  private final Collector awsContent = new Named("aws", CollectorStage.CONTENT);
  private final Collector azure = new Named("azure", CollectorStage.INVENTORY);
  private final CollectorRegistry registry = new CollectorRegistry(List.of(
      factory("aws", awsInventory, awsContent), factory("azure", azure)));

  @Test
  void buildsTheNamedProvidersInOrderOnce() {
    assertEquals(List.of(azure, awsInventory, awsContent), registry.create(" azure, aws,azure,", Map.of()));
    assertEquals(List.of("aws", "azure"), registry.providers());
  }

  @Test
  void unknownProviderNamesTheInstalledOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> registry.create("aws,oracle", Map.of()));
    assertTrue(e.getMessage().contains("'oracle'") && e.getMessage().contains("aws, azure"), e.getMessage());
  }

  @Test
  void twoFactoriesForOneProviderAreRefused() {
    assertThrows(IllegalStateException.class,
        () -> new CollectorRegistry(List.of(factory("aws"), factory("aws"))));
  }

  @Test
  void inventoryIsTheDefaultStage() {
    Collector plain = new Collector() {
      @Override
      public String provider() {
        return "x";
      }

      @Override
      public void collect(CollectionContext context) {
      }
    };
    assertEquals(CollectorStage.INVENTORY, plain.stage());
  }
}
