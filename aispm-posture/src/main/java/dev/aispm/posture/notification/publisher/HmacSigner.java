package dev.aispm.posture.notification.publisher;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook body so the receiver can tell it came from this aispm and was not changed or
 * replayed: HMAC-SHA256 with the channel's key over {@code <timestamp>.<body>}, sent as
 * {@code X-Aispm-Signature: sha256=<hex>} with the timestamp (seconds since the epoch) in
 * {@code X-Aispm-Timestamp}. A receiver recomputes it, compares in constant time and refuses
 * old timestamps (docs/alerts.md).
 */
public final class HmacSigner {
  public static final String SIGNATURE_HEADER = "X-Aispm-Signature";
  public static final String TIMESTAMP_HEADER = "X-Aispm-Timestamp";

  private HmacSigner() {}

  /** {@code sha256=<hex of HMAC-SHA256(key, timestamp + "." + body)>}. */
  public static String sign(String key, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] sig = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  /** What a receiver does: true when {@code signature} is the signature of the body and timestamp. */
  public static boolean verify(String key, long timestamp, String body, String signature) {
    return signature != null && MessageDigest.isEqual(sign(key, timestamp, body).getBytes(StandardCharsets.UTF_8),
        signature.getBytes(StandardCharsets.UTF_8));
  }
}
