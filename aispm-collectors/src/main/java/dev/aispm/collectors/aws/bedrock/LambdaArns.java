package dev.aispm.collectors.aws.bedrock;

/**
 * Lambda ARNs as action groups write them: possibly with a version or alias qualifier. The
 * function node is the unqualified ARN, so a qualified reference is trimmed before it joins.
 */
public final class LambdaArns {
  private LambdaArns() {}

  /** {@code arn:aws:lambda:R:A:function:NAME[:QUALIFIER]} without the qualifier. */
  public static String unqualified(String arn) {
    String[] parts = arn.split(":");
    if (parts.length > 7 && "function".equals(parts[5])) {
      return String.join(":", java.util.Arrays.copyOf(parts, 7));
    }
    return arn;
  }

  /** The function name of an ARN. */
  public static String name(String arn) {
    String[] parts = arn.split(":");
    return parts.length >= 7 && "function".equals(parts[5]) ? parts[6] : arn;
  }

  /** The region of a Lambda ARN, or null. */
  public static String region(String arn) {
    String[] parts = arn.split(":");
    return parts.length >= 4 && !parts[3].isEmpty() ? parts[3] : null;
  }
}
