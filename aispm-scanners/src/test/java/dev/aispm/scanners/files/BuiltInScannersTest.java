package dev.aispm.scanners.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.core.ContentScanner;
import dev.aispm.scanners.core.ScanLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine the command line builds without a service lookup has exactly the registered scanners. */
class BuiltInScannersTest {

  @Test
  void builtInListIsTheRegisteredList() throws IOException {
    List<String> registered;
    try (InputStream in = ContentScanEngine.class.getResourceAsStream(
        "/META-INF/services/" + ContentScanner.class.getName())) {
      registered = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
    List<String> builtIn = ContentScanEngine.withBuiltInScanners(ScanLimits.defaults()).scanners()
        .stream().map(s -> s.getClass().getName()).toList();
    assertThat(builtIn).containsExactlyElementsOf(registered);
    List<String> installed = ContentScanEngine.withInstalledScanners(ScanLimits.defaults())
        .scanners().stream().map(s -> s.getClass().getName()).toList();
    assertThat(builtIn).containsExactlyElementsOf(installed);
  }
}
