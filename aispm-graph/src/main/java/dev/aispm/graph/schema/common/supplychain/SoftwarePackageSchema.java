package dev.aispm.graph.schema.common.supplychain;

import dev.aispm.graph.schema.NodeSchema;

/**
 * An AI package (SDK, framework, ML server) installed in a function's code package. One node per
 * function and package version, in the function's scope, so that the function's scan owns it:
 * a package removed from the code disappears with the next scan of that function only.
 */
public final class SoftwarePackageSchema {
  private SoftwarePackageSchema() {}

  public static final NodeSchema NODE = NodeSchema.builder("SoftwarePackage")
      .concept("Software")
      .description("An AI package found in a function's code. Its id is the function id, '#package/' "
          + "and the package URL.")
      .property("ecosystem", "PyPI, npm or Maven")
      .property("name", "Name normalised for its ecosystem (groupId:artifactId for Maven)")
      .property("version", "Exact version, absent when only an unpinned dependency was declared")
      .property("purl", "Package URL, e.g. pkg:pypi/mlflow@2.9.2")
      .property("aiCategory", "AI catalogue category: provider-sdk, llm-framework, ml-framework, "
          + "inference-server, ml-platform, ml-app or notebook")
      .property("component", "What the package is, from the AI catalogue")
      .property("selfHosted", "Whether it runs models or ML tooling itself rather than calling a provider")
      .property("record", "Kind of record that listed it: dist-info, requirements, package-lock...")
      .property("location", "Where in the code package it was found, with !/ between archive members")
      .build();
}
