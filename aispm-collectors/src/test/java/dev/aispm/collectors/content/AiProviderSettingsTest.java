package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aispm.scanners.aiusage.AiEvidence;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AiProviderSettingsTest {
  @Test
  void providerKeysAndEndpointsAreRecognisedByName() {
    assertThat(AiProviderSettings.provider("OPENAI_API_KEY")).isEqualTo("OpenAI API");
    assertThat(AiProviderSettings.provider("openai-api-key")).isEqualTo("OpenAI API");
    assertThat(AiProviderSettings.provider("AZURE_OPENAI_ENDPOINT")).isEqualTo("Azure OpenAI");
    assertThat(AiProviderSettings.provider("ANTHROPIC_API_KEY")).isEqualTo("Anthropic API");
    assertThat(AiProviderSettings.provider("HF_TOKEN")).isEqualTo("Hugging Face");
    assertThat(AiProviderSettings.provider("GEMINI_API_KEY")).isEqualTo("Google Gemini API");
    assertThat(AiProviderSettings.provider("MISTRAL_API_KEY")).isEqualTo("Mistral AI API");
  }

  @Test
  void ordinarySettingsAreNot() {
    for (String name : List.of("AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "WEBSITE_RUN_FROM_PACKAGE",
        "DATABASE_URL", "API_KEY", "GOOGLE_APPLICATION_CREDENTIALS", "OPENAIR_TOKEN", "", " ")) {
      assertThat(AiProviderSettings.provider(name)).as(name).isNull();
    }
    assertThat(AiProviderSettings.provider(null)).isNull();
  }

  @Test
  void evidenceNamesTheSettingItsProviderAndWhetherItIsAKeyOrAnEndpoint() {
    List<AiEvidence> e = AiProviderSettings.evidence(List.of("A", "OPENAI_API_KEY", "OPENAI_API_KEY", "OLLAMA_HOST"),
        "app setting of bot");
    assertThat(e).extracting(x -> x.kind() + " " + x.subject() + " " + x.component() + " " + x.category())
        .containsExactly("setting OPENAI_API_KEY OpenAI API provider-key", "setting OLLAMA_HOST Ollama provider-endpoint");
    assertThat(e.get(0).location()).isEqualTo("app setting of bot");
  }

  @Test
  void packageBytesStopPastTheBudget() throws Exception {
    assertThat(PackageBytes.read(new ByteArrayInputStream(new byte[10]), 10)).hasSize(10);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PackageBytes.read(new ByteArrayInputStream(new byte[11]), 10))
        .isInstanceOf(PackageBytes.OverBudgetException.class).hasMessageContaining("more than 10");
  }
}
