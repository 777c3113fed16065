package dev.aispm.simulator.aws;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The S3 objects behind the simulated organization's Bedrock resources, so a content scan reads
 * what a real one would: the support articles a knowledge base ingests, the curated churn data of
 * the well-configured fine-tuning job with its metrics, and the weights folder a model was imported
 * from (a {@code config.json} and a tensor-free {@code model.safetensors}, the layout Custom Model
 * Import expects).
 */
public final class BedrockData {
  private BedrockData() {}

  public static void plant(SimulatedObjects objects) {
    objects.put("acme-kb-docs", "support/refund-policy.md", utf8("""
        # Refund policy
        Orders can be refunded within 30 days of delivery. Refunds go back to the original payment method.
        """));
    objects.put("acme-kb-docs", "support/shipping.md", utf8("""
        # Shipping
        Standard shipping takes 3-5 business days; express shipping takes 1-2 business days.
        """));
    StringBuilder churn = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      churn.append("{\"prompt\":\"Summarize account activity for segment ").append(i % 4)
          .append("\",\"completion\":\"Usage fell ").append(5 + i).append("% over the quarter.\"}\n");
    }
    objects.put("acme-secure-data", "churn/train/train.jsonl", utf8(churn.toString()));
    objects.put("acme-secure-data", "churn/output/step_wise_training_metrics.csv",
        utf8("step_number,epoch_number,training_loss\n1,1,0.92\n2,1,0.61\n"));
    objects.put("acme-models", "bedrock/imports/support-llama/config.json",
        utf8("{\"architectures\":[\"LlamaForCausalLM\"],\"model_type\":\"llama\",\"hidden_size\":64}\n"));
    objects.put("acme-models", "bedrock/imports/support-llama/model.safetensors", emptySafetensors());
  }

  /** A safetensors file with only metadata: an 8-byte little-endian header length, then the JSON header. */
  static byte[] emptySafetensors() {
    byte[] header = "{\"__metadata__\":{\"format\":\"pt\"}}".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
    out.writeBytes(header);
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
