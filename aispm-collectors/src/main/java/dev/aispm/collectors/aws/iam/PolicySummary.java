package dev.aispm.collectors.aws.iam;

import dev.aispm.collectors.aws.AwsIds;
import dev.aispm.collectors.aws.iam.PolicyDocument.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The effective capabilities of an identity's policies, reduced to what the rules ask: is it an
 * administrator, may it pass roles, may it start AI jobs (together with PassRole, a privilege
 * escalation), and which buckets may it read or write. Explicit denies on every resource remove
 * a capability; conditions are treated as not restricting an allow, which errs on the side of
 * reporting a risk.
 *
 * @param complete whether every policy document was read and parsed; when not, a capability that
 *                 was not found is unknown rather than absent
 */
public record PolicySummary(boolean isAdmin, boolean canPassRole, boolean canCreateAiJobs,
    Set<String> writableBucketPatterns, Set<String> readableBucketPatterns, String privilegeLevel,
    boolean complete) {

  /** Actions that start compute running as a role the caller passes. */
  static final List<String> AI_JOB_ACTIONS = List.of("sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob",
      "sagemaker:CreateNotebookInstance", "sagemaker:CreateHyperParameterTuningJob", "sagemaker:CreateModel",
      "sagemaker:CreatePipeline", "bedrock:CreateModelCustomizationJob", "bedrock:CreateAgent");
  static final List<String> WRITE_ACTIONS = List.of("s3:PutObject");
  static final List<String> READ_ACTIONS = List.of("s3:GetObject");

  /** Summarises the given documents; {@code complete} says whether they are all of them. */
  public static PolicySummary of(List<PolicyDocument> documents, boolean complete) {
    boolean allComplete = complete;
    boolean admin = false;
    boolean passRole = false;
    boolean aiJobs = false;
    boolean anyWrite = false;
    boolean anyAllow = false;
    Set<String> writable = new LinkedHashSet<>();
    Set<String> readable = new LinkedHashSet<>();
    List<Statement> denies = new java.util.ArrayList<>();
    for (PolicyDocument d : documents) {
      if (!d.valid()) {
        allComplete = false;
      }
      d.statements().stream().filter(s -> !s.allow()).forEach(denies::add);
    }
    for (PolicyDocument d : documents) {
      for (Statement s : d.statements()) {
        if (!s.allow()) {
          continue;
        }
        anyAllow = true;
        boolean everyResource = s.resources().contains("*");
        if (everyResource && s.notActions().isEmpty() && s.actions().stream().anyMatch(a -> a.equals("*") || a.equals("*:*"))) {
          admin = true;
        }
        if (PolicyDocument.grants(s, "iam:PassRole") && !deniedEverywhere(denies, "iam:PassRole")) {
          passRole = true;
        }
        for (String a : AI_JOB_ACTIONS) {
          if (PolicyDocument.grants(s, a) && !deniedEverywhere(denies, a)) {
            aiJobs = true;
          }
        }
        if (s.actions().stream().anyMatch(PolicySummary::isWriteAction) || !s.notActions().isEmpty()) {
          anyWrite = true;
        }
        if (WRITE_ACTIONS.stream().anyMatch(a -> PolicyDocument.grants(s, a) && !deniedEverywhere(denies, a))) {
          writable.addAll(bucketPatterns(s.resources()));
        }
        if (READ_ACTIONS.stream().anyMatch(a -> PolicyDocument.grants(s, a) && !deniedEverywhere(denies, a))) {
          readable.addAll(bucketPatterns(s.resources()));
        }
      }
    }
    String level = admin ? "admin" : anyWrite ? "write" : anyAllow ? "read" : "none";
    return new PolicySummary(admin, passRole, aiJobs, writable, readable, level, allComplete);
  }

  private static boolean deniedEverywhere(List<Statement> denies, String action) {
    return denies.stream().anyMatch(d -> d.resources().contains("*") && !d.conditional() && PolicyDocument.grants(d, action));
  }

  static boolean isWriteAction(String action) {
    if (action.equals("*") || action.endsWith(":*")) {
      return true;
    }
    String verb = action.substring(action.indexOf(':') + 1);
    return !(verb.startsWith("Get") || verb.startsWith("List") || verb.startsWith("Describe")
        || verb.startsWith("Search") || verb.startsWith("Retrieve") || verb.startsWith("Invoke"));
  }

  /** Bucket name patterns from resource ARNs: {@code *} for every bucket. */
  static Set<String> bucketPatterns(List<String> resources) {
    Set<String> out = new LinkedHashSet<>();
    for (String r : resources) {
      if (r.equals("*") || r.equals("arn:aws:s3:::*")) {
        out.add("*");
      } else {
        String bucket = AwsIds.bucketOfArn(r);
        if (bucket != null && !bucket.isEmpty()) {
          out.add(bucket);
        }
      }
    }
    return out;
  }

  /** The flag as the graph stores it: true when found, false when all documents were read, else unknown. */
  public Boolean flag(boolean value) {
    return value ? Boolean.TRUE : complete ? Boolean.FALSE : null;
  }

  /** Whether a bucket name matches any of the patterns. */
  public static boolean matches(Set<String> patterns, String bucket) {
    return patterns.stream().anyMatch(p -> PolicyDocument.glob(p, bucket, true));
  }
}
