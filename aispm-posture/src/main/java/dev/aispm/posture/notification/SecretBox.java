package dev.aispm.posture.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts channel secrets before they reach the graph: AES-256-GCM with a fresh 96-bit nonce per
 * value and the route id as associated data, so a ciphertext copied onto another route does not
 * decrypt. The key comes from {@code AISPM_ALERTING_KEY} (base64 of 32 bytes) or, when that is not
 * set, from a key file in the data folder that is generated on first use with owner-only
 * permissions. Losing the key loses the stored secrets, not the routes: they must be re-entered.
 */
public final class SecretBox {
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec key;

  public SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the alerts key must be 32 bytes (AES-256), was " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /**
   * The box of the configured key: {@code base64Key} when given, else the key in {@code keyFile},
   * created when missing.
   */
  public static SecretBox load(String base64Key, Path keyFile) {
    if (base64Key != null && !base64Key.isBlank()) {
      try {
        return new SecretBox(Base64.getDecoder().decode(base64Key.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("AISPM_ALERTING_KEY must be the base64 of 32 random bytes");
      }
    }
    try {
      if (Files.exists(keyFile)) {
        return new SecretBox(Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip()));
      }
      byte[] k = new byte[32];
      RANDOM.nextBytes(k);
      Path dir = keyFile.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "alerts", ".key");
      try {
        Files.setPosixFilePermissions(tmp, Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the data folder's own ACL protects the file.
      }
      Files.writeString(tmp, Base64.getEncoder().encodeToString(k), StandardCharsets.US_ASCII);
      try {
        Files.move(tmp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.FileAlreadyExistsException race) {
        // Another instance on the same data folder made it first: use theirs.
        Files.deleteIfExists(tmp);
        return load(null, keyFile);
      }
      return new SecretBox(k);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read or create the alerts key file " + keyFile + ": " + e.getMessage(), e);
    }
  }

  /** base64(nonce || ciphertext || tag). */
  public String encrypt(String plaintext, String associatedData) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      byte[] ct = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[NONCE + ct.length];
      System.arraycopy(nonce, 0, out, 0, NONCE);
      System.arraycopy(ct, 0, out, NONCE, ct.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed", e);
    }
  }

  /** The plaintext; fails when the key is not the one it was encrypted with or the data was changed. */
  public String decrypt(String sealed, String associatedData) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
      c.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
      return new String(c.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot decrypt a stored channel secret: the alerts key changed or the "
          + "value was altered");
    }
  }
}
