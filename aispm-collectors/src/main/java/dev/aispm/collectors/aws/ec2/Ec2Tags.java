package dev.aispm.collectors.aws.ec2;

import java.util.List;
import software.amazon.awssdk.services.ec2.model.Tag;

/** EC2 tag sets as the graph stores tags everywhere: {@code key=value} strings, null when absent. */
final class Ec2Tags {
  private Ec2Tags() {}

  static List<String> of(List<Tag> tags) {
    if (tags == null || tags.isEmpty()) {
      return null;
    }
    return tags.stream().filter(t -> t.key() != null)
        .map(t -> t.key() + "=" + (t.value() == null ? "" : t.value())).sorted().toList();
  }

  static String name(List<Tag> tags) {
    if (tags == null) {
      return null;
    }
    return tags.stream().filter(t -> "Name".equals(t.key())).map(Tag::value).findFirst().orElse(null);
  }
}
