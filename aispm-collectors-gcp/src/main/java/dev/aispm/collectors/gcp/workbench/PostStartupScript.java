package dev.aispm.collectors.gcp.workbench;

/**
 * What reading one instance's post-startup script from Cloud Storage gave: its bytes, or why they
 * could not be read. Kept apart from the read so the transformer stays pure and a failed read still
 * shows on the instance as an unread script rather than as one that installs nothing.
 *
 * @param bytes the object's content, null when it could not be read
 * @param error why it could not be read, null when it was
 */
public record PostStartupScript(byte[] bytes, String error) {
  /** The metadata key whose value names the script's {@code gs://} object. */
  public static final String METADATA_KEY = "post-startup-script";

  public static PostStartupScript read(byte[] bytes) {
    return new PostStartupScript(bytes, null);
  }

  public static PostStartupScript failed(String error) {
    return new PostStartupScript(null, error);
  }
}
