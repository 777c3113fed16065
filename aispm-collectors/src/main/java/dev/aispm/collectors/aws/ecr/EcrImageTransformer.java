package dev.aispm.collectors.aws.ecr;

import dev.aispm.collectors.content.CodePackageScan.ImageReport;
import dev.aispm.collectors.content.SupplyChainGraph;
import dev.aispm.collectors.content.image.ImageManifests;
import dev.aispm.collectors.content.image.ImageReader;
import dev.aispm.collectors.content.image.ImageReference;
import dev.aispm.collectors.content.image.PinnedWorkload;
import dev.aispm.graph.schema.aws.ecr.ContainerImageSchema;
import dev.aispm.graph.write.NodeRecord;
import dev.aispm.graph.write.ScopeKey;
import dev.aispm.graph.write.WriteBatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.ecr.model.ImageDetail;
import software.amazon.awssdk.services.ecr.model.Repository;

/**
 * Turns ECR images into image nodes and, when their layers were read, into the AI packages, AI
 * use and advisories they hold (the same records a Lambda function's code gives).
 */
public final class EcrImageTransformer {
  /** How an image reaches the packages and AI use its layers hold. */
  private static final SupplyChainGraph.Holder CODE = new SupplyChainGraph.Holder(ContainerImageSchema.USES_PACKAGE,
      ContainerImageSchema.USES_AI, "bedrock");

  /** An image kept as a node but not read: more images than the budget allows in the region. */
  public static final String NOT_SELECTED = ImageReader.NOT_SELECTED;

  private EcrImageTransformer() {}

  /**
   * One image as read.
   *
   * @param repository DescribeRepositories' entry
   * @param image      DescribeImages' entry
   * @param report     what reading the layers found or why it did not; null when not tried
   */
  public record ImageView(Repository repository, ImageDetail image, ImageReport report) {}

  /** The node id of an image: its repository URI and manifest digest, as one pulls it. */
  public static String id(Repository repository, ImageDetail image) {
    return repository.repositoryUri() + "@" + image.imageDigest();
  }

  /**
   * The image of each repository that a scan reads: the most recently pushed one (the one a
   * deployment of {@code latest} or of the newest tag runs), by repository name. Artifacts that
   * are not container images (signatures, attestations, Helm charts pushed next to an image) do
   * not count: their config is not an image config.
   */
  public static List<ImageView> newestPerRepository(Map<Repository, List<ImageDetail>> images) {
    Map<String, ImageView> out = new LinkedHashMap<>();
    images.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().repositoryName())).forEach(e ->
        e.getValue().stream().filter(i -> i.imageDigest() != null && isContainerImage(i))
            .max(Comparator.comparing(ImageDetail::imagePushedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
            .ifPresent(i -> out.put(e.getKey().repositoryName(), new ImageView(e.getKey(), i, null))));
    return List.copyOf(out.values());
  }

  /**
   * What a scan reads of one region's registry.
   *
   * @param images  each repository's newest image first (in repository name order), then every
   *                other image a workload of the region names, each image once
   * @param missing by workload id, each reference into a listed repository that names no image
   *                there, with why; workloads whose images were all found are absent (what
   *                {@link PinnedWorkload#missingImages} writes on each workload)
   */
  public record Selection(List<ImageView> images, Map<String, List<String>> missing) {}

  /**
   * The newest image of each repository, then the images workloads pin. A workload deployed from
   * an older build (an ECS task definition by digest, a Lambda function's resolved digest, a
   * SageMaker model's container) runs that build, not the newest one, so its image is read too,
   * after the newest ones and within the same budget. A tag is resolved to the image carrying it
   * in DescribeImages' answer, the registry's own view. References into other registries are left
   * alone; a reference into a repository whose images could not be listed is not judged.
   *
   * @param repositories  every repository DescribeRepositories named
   * @param images        the images of each repository whose listing succeeded
   * @param registryHosts this region's registry host names ({@code <account>.dkr.ecr.<region>.amazonaws.com}), lower case
   */
  public static Selection select(List<Repository> repositories, Map<Repository, List<ImageDetail>> images,
      List<PinnedWorkload> workloads, Set<String> registryHosts) {
    List<ImageView> out = new ArrayList<>(newestPerRepository(images));
    Set<String> chosen = new HashSet<>();
    out.forEach(v -> chosen.add(id(v.repository(), v.image())));
    Map<String, Repository> byUri = new HashMap<>();
    repositories.forEach(r -> {
      if (r.repositoryUri() != null) {
        byUri.put(r.repositoryUri().toLowerCase(Locale.ROOT), r);
      }
    });
    Map<String, List<String>> missing = new LinkedHashMap<>();
    for (PinnedWorkload w : workloads) {
      for (String reference : w.references()) {
        Optional<ImageReference> parsed = ImageReference.parse(reference);
        if (parsed.isEmpty()) {
          continue;
        }
        ImageReference ref = parsed.get();
        Repository repo = byUri.get(ref.repository());
        if (repo == null) {
          int slash = ref.repository().indexOf('/');
          if (slash > 0 && registryHosts.contains(ref.repository().substring(0, slash))) {
            missing.computeIfAbsent(w.id(), k -> new ArrayList<>())
                .add(reference.strip() + ": no such repository in the registry");
          }
          continue;
        }
        List<ImageDetail> listed = images.get(repo);
        if (listed == null) {
          continue;
        }
        Optional<ImageDetail> found = listed.stream().filter(i -> i.imageDigest() != null && (ref.digest() != null
            ? ref.digest().equals(i.imageDigest())
            : i.hasImageTags() && i.imageTags().contains(ref.tagOrLatest()))).findFirst();
        if (found.isEmpty()) {
          missing.computeIfAbsent(w.id(), k -> new ArrayList<>()).add(reference.strip() + ": " + (ref.digest() != null
              ? "no image with this digest in the repository (deleted, or expired by a lifecycle policy)"
              : "no image in the repository carries the tag " + ref.tagOrLatest()));
        } else if (chosen.add(id(repo, found.get()))) {
          out.add(new ImageView(repo, found.get(), null));
        }
      }
    }
    return new Selection(List.copyOf(out), missing);
  }

  /** An image manifest or index whose config (when ECR names it) is a container image config. */
  static boolean isContainerImage(ImageDetail i) {
    String config = i.artifactMediaType();
    String manifest = i.imageManifestMediaType();
    boolean imageConfig = config == null || config.equals("application/vnd.oci.image.config.v1+json")
        || config.equals("application/vnd.docker.container.image.v1+json");
    boolean imageManifest = manifest == null || manifest.equals(ImageManifests.OCI_MANIFEST)
        || manifest.equals(ImageManifests.DOCKER_MANIFEST) || manifest.equals(ImageManifests.OCI_INDEX)
        || manifest.equals(ImageManifests.DOCKER_LIST);
    return imageConfig && imageManifest;
  }

  public static WriteBatch transform(List<ImageView> views, ScopeKey scope) {
    WriteBatch out = new WriteBatch();
    for (ImageView v : views) {
      Repository r = v.repository();
      ImageDetail i = v.image();
      if (r.repositoryUri() == null || i.imageDigest() == null) {
        continue;
      }
      String id = id(r, i);
      NodeRecord.Builder node = NodeRecord.of(id, scope)
          .set("name", r.repositoryName() + (i.hasImageTags() && !i.imageTags().isEmpty()
              ? ":" + i.imageTags().get(0) : "@" + i.imageDigest()))
          .set("repositoryName", r.repositoryName())
          .set("repositoryArn", r.repositoryArn())
          .set("repositoryUri", r.repositoryUri())
          .set("digest", i.imageDigest())
          .set("tags", i.hasImageTags() && !i.imageTags().isEmpty() ? List.copyOf(i.imageTags()) : null)
          .set("pushedAt", i.imagePushedAt() == null ? null : i.imagePushedAt().toString())
          .set("sizeInBytes", i.imageSizeInBytes())
          .set("manifestMediaType", i.imageManifestMediaType())
          .set("artifactMediaType", i.artifactMediaType())
          .set("tagMutability", r.imageTagMutabilityAsString())
          .set("scanOnPush", r.imageScanningConfiguration() == null ? null
              : r.imageScanningConfiguration().scanOnPush());
      SupplyChainGraph.writeImage(out, node, id, v.report(), scope, CODE);
      out.node(ContainerImageSchema.NODE, node.build());
    }
    return out;
  }
}
