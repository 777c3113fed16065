package dev.aispm.collectors.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The container images a start-up script runs, read from its text. */
class ScriptContainerImagesTest {
  @Test
  void theImageIsTheFirstWordAfterTheRunOptions() {
    String script = """
        #!/bin/bash
        docker run -d --gpus all --shm-size 1g -p 8000:8000 -e HF_TOKEN=$HF_TOKEN \\
          -v /data:/root/.cache/huggingface --name=llm --rm \\
          vllm/vllm-openai:v0.4.2 --model mistralai/Mistral-7B-Instruct-v0.2
        sudo podman run --device nvidia.com/gpu=all -it "nvcr.io/nvidia/tritonserver:24.01-py3" tritonserver
        docker container run -d ollama/ollama && echo started
        """;
    String cloudConfig = """
        #cloud-config
        runcmd:
          - docker run -d -p 11434:11434 ollama/ollama:0.1.32
        """;
    assertThat(ScriptContainerImages.images(cloudConfig)).containsExactly("ollama/ollama:0.1.32");
    assertThat(ScriptContainerImages.images(script)).containsExactly(
        "vllm/vllm-openai:v0.4.2", "nvcr.io/nvidia/tritonserver:24.01-py3", "ollama/ollama");
  }

  @Test
  void pullsAndComposeFilesNameImagesToo() {
    String script = """
        docker pull ghcr.io/huggingface/text-generation-inference:2.0.4
        cat > /opt/compose.yaml <<EOF
        services:
          mlflow:
            image: ghcr.io/mlflow/mlflow:v2.12.1
            ports: ["5000:5000"]
        EOF
        """;
    assertThat(ScriptContainerImages.images(script)).containsExactly(
        "ghcr.io/huggingface/text-generation-inference:2.0.4", "ghcr.io/mlflow/mlflow:v2.12.1");
  }

  @Test
  void imagesKnownOnlyAtRunTimeAndOtherCommandsAreNotImages() {
    String script = """
        docker run -d $IMAGE
        docker run --rm ${REGISTRY}/app:latest
        docker ps
        echo "docker run is how we start things"
        mydocker run something
        apt-get install -y docker.io
        """;
    assertThat(ScriptContainerImages.images(script)).isEmpty();
    assertThat(ScriptContainerImages.images(null)).isEmpty();
    assertThat(ScriptContainerImages.images("")).isEmpty();
  }

  @Test
  void aScriptOfBlankLinesIsReadInOnePassNotOncePerLine() {
    // Patterns whose blanks could span lines rescanned the rest of the run from every line start:
    // a megabyte of user data made of newlines took hours.
    String blank = "\n".repeat(1 << 20) + "docker run -d ollama/ollama\n" + " \t\n".repeat(1 << 18);
    assertThat(ScriptContainerImages.images(blank)).containsExactly("ollama/ollama");
  }
}
