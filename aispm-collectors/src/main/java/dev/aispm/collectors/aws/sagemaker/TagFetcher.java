package dev.aispm.collectors.aws.sagemaker;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/** Reads the tags of one SageMaker resource; SDK calls only. Describe answers carry no tags. */
public final class TagFetcher {
  private TagFetcher() {}

  public static List<Tag> list(SageMakerClient client, String arn) {
    return client.listTagsPaginator(r -> r.resourceArn(arn).maxResults(100)).tags().stream().toList();
  }

  /** Tags as the graph stores them everywhere: sorted {@code key=value} strings. */
  public static List<String> strings(List<Tag> tags) {
    return tags.stream().filter(t -> t.key() != null)
        .map(t -> t.key() + "=" + (t.value() == null ? "" : t.value())).sorted().toList();
  }
}
