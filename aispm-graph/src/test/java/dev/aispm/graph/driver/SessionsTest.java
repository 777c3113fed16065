package dev.aispm.graph.driver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionsTest {
  @Test
  void noNameMeansTheServerDefaultAndANameSelectsThatDatabase() {
    assertThat(Sessions.forDatabase(null).database()).isEmpty();
    assertThat(Sessions.forDatabase("posture").database()).contains("posture");
  }
}
