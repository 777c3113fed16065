package dev.aispm.rules.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The stable id of a finding: the same rule on the same resources is the same finding in every
 * scan, so status, suppression and first-seen survive re-scans. Resource order does not matter.
 */
public final class FindingFingerprint {
  private FindingFingerprint() {}

  public static String of(String ruleId, List<String> resourceIds) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ruleId.getBytes(StandardCharsets.UTF_8));
      for (String id : new TreeSet<>(resourceIds)) {
        sha.update((byte) 0);
        sha.update(id.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
