package dev.aispm.scanners.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.data.secrets.SecretDetector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorPreloadTest {

  /** Started any number of times, the preload runs once, and detection works alongside it. */
  @Test
  void startsOnceAndDetectionWorksWhileItRuns() throws InterruptedException {
    for (int k = 0; k < 5; k++) {
      DetectorPreload.start();
    }
    List<String> found = new ArrayList<>();
    new SecretDetector().detect("DB_PASSWORD=\"q8Zr2mXv9LpT4wKs7Nd3\"",
        (format, text, start, end, canonical, detail) -> found.add(format.ruleId()));
    assertThat(found).containsExactly("secret.generic-secret");
    long preloads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("aispm-detector-preload")).count();
    assertThat(preloads).isLessThanOrEqualTo(1);
  }
}
