package dev.aispm.collectors.azure.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.collectors.content.ListedObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionPackageReaderTest {
  @Test
  void theNewestZipOfADeploymentContainerIsTheDeployedPackage() {
    List<ListedObject> listed = List.of(
        new ListedObject("released-package-old.zip", 10L, null, "e1", Instant.parse("2024-03-01T00:00:00Z"), null),
        new ListedObject("notes.txt", 1L, null, "e2", Instant.parse("2024-05-01T00:00:00Z"), null),
        new ListedObject("released-package.zip", 10L, null, "e3", Instant.parse("2024-04-01T00:00:00Z"), null));
    assertThat(FunctionPackageReader.newestZip(listed.iterator()).key()).isEqualTo("released-package.zip");
    assertThat(FunctionPackageReader.newestZip(List.of(listed.get(1)).iterator())).isNull();
  }
}
