package dev.aispm.scanners.policy;

import java.util.List;
import java.util.Set;

/**
 * What is known about one model, a file or a cloud resource, in the terms a {@link ModelPolicy}
 * judges. Only the dimensions in {@code judged} are held to the policy: a Bedrock foundation
 * model has no file format and a local file has no vendor, and neither must fail for it. A judged
 * dimension with no value (null or an empty list) is "unknown", which the policy decides on.
 *
 * @param subject    the file location or resource id, for messages
 * @param judged     the dimensions that apply to this kind of model
 * @param sources    where it came from (URIs, Hugging Face ids as {@code hf://org/repo}, images)
 * @param vendor     the provider of a managed foundation model, lower case
 * @param baseModels the models it was derived from, or the managed model's id
 * @param format     the file format as the scanners detected it
 * @param licence    the licence (an SPDX id or expression, or a Hugging Face licence name)
 * @param verdict    the content scanners' verdict, null when not scanned
 */
public record ModelFacts(String subject, Set<Dimension> judged, List<String> sources, String vendor,
    List<String> baseModels, String format, String licence, ScanVerdict verdict) {
  public ModelFacts {
    judged = Set.copyOf(judged);
    sources = sources == null ? List.of() : sources.stream().filter(s -> s != null && !s.isBlank()).toList();
    baseModels = baseModels == null ? List.of()
        : baseModels.stream().filter(s -> s != null && !s.isBlank()).distinct().toList();
  }
}
