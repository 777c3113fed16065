package dev.aispm.collectors.aws.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.RoleDetail;

/**
 * Which role an EC2 instance profile hands to the instances it is attached to. DescribeInstances
 * names only the profile; the role, whose permissions are what an attacker on the instance gets,
 * comes from IAM. GetAccountAuthorizationDetails already lists each role's instance profiles, so
 * this needs no call and no permission of its own.
 *
 * @param roleOfProfile instance profile ARN to the ARN of the role it holds (a profile holds at most one)
 * @param known         false when IAM could not be read: then no profile can be resolved, and that is
 *                      not the same as "no role"
 */
public record InstanceProfiles(Map<String, String> roleOfProfile, boolean known) {
  public InstanceProfiles {
    roleOfProfile = Map.copyOf(roleOfProfile);
  }

  /** IAM was not read this scan. */
  public static InstanceProfiles unknown() {
    return new InstanceProfiles(Map.of(), false);
  }

  /** The profiles named in the roles' details. */
  public static InstanceProfiles of(List<RoleDetail> roles) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RoleDetail r : roles) {
      if (r.arn() == null || !r.hasInstanceProfileList()) {
        continue;
      }
      for (InstanceProfile p : r.instanceProfileList()) {
        if (p.arn() != null) {
          out.put(p.arn(), r.arn());
        }
      }
    }
    return new InstanceProfiles(out, true);
  }

  /** The role of a profile, empty when the profile is unknown or holds no role. */
  public Optional<String> roleOf(String profileArn) {
    return profileArn == null ? Optional.empty() : Optional.ofNullable(roleOfProfile.get(profileArn));
  }
}
