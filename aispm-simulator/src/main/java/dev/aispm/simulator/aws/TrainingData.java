package dev.aispm.simulator.aws;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The planted training data of the simulated organization: fraud-detection transactions in JSON
 * Lines, where a few records carry customers' personal data and one carries a leaked AWS key pair
 * in a free-text field, and a clean validation set for contrast. The validation set was rewritten
 * long after the fraud-detector training job that read it ended (that job ended on 2 November
 * 2023): the deployed model was not trained on the data now stored, which the provenance checks
 * report.
 *
 * <p>Credential-shaped values are generated at start from a fixed seed in the alphabet and length
 * of the real format, rather than written in the source: they are fictional, and keeping them out
 * of the repository keeps every secret scanner that reads the repository quiet.
 */
public final class TrainingData {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /** When the validation set was last written: after the training job that read it ended. */
  public static final java.time.Instant VALIDATION_REWRITTEN_AT = java.time.Instant.parse("2026-01-10T00:00:00Z");

  private TrainingData() {}

  /** Stores the planted objects under {@code acme-training-data/fraud/}. */
  public static void plant(SimulatedObjects objects) {
    objects.put("acme-training-data", "fraud/train/part-00000.jsonl", trainingSet());
    objects.put("acme-training-data", "fraud/validation/part-00000.jsonl", validationSet(), VALIDATION_REWRITTEN_AT);
  }

  static byte[] trainingSet() {
    Random random = new Random(20260110L);
    String keyId = "AKIA" + draw(random, BASE32, 16);
    String secret = draw(random, BASE64, 40);
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      jsonl.append("{\"transaction_id\":\"tx-").append(100000 + i).append("\",\"amount\":")
          .append(10 + (i * 37) % 900).append(".").append(10 + i % 89)
          .append(",\"merchant\":\"merchant-").append(i % 17).append("\",\"label\":").append(i % 23 == 0 ? 1 : 0);
      if (i % 50 == 7) {
        jsonl.append(",\"customer_email\":\"customer").append(i).append("@mailbox-acme.net\"")
            .append(",\"card_number\":\"").append(luhn(random, "4539")).append("\"");
      }
      if (i == 42) {
        // A support engineer pasted a configuration snippet into the case notes.
        jsonl.append(",\"notes\":\"customer reported failed export; config used: aws_access_key_id=")
            .append(keyId).append(" aws_secret_access_key=").append(secret).append("\"");
      }
      jsonl.append("}\n");
    }
    return jsonl.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] validationSet() {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      jsonl.append("{\"transaction_id\":\"tx-9").append(i).append("\",\"amount\":").append(20 + i)
          .append(".00,\"merchant\":\"merchant-").append(i % 5).append("\",\"label\":0}\n");
    }
    return jsonl.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String draw(Random random, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  // A 16-digit number with a valid Luhn check digit, not one of the published test numbers.
  private static String luhn(Random random, String prefix) {
    StringBuilder digits = new StringBuilder(prefix);
    while (digits.length() < 15) {
      digits.append(random.nextInt(10));
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      int d = digits.charAt(14 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return digits.append((10 - sum % 10) % 10).toString();
  }
}
