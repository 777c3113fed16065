/**
 * What reading a container image takes on every cloud: the OCI distribution API client with a
 * pluggable {@link dev.aispm.collectors.content.image.RegistryAuth} (ECR's Basic token, ACR's
 * exchanged bearer token, Artifact Registry's OAuth token), manifest and index parsing, the image
 * budget and {@link dev.aispm.collectors.content.image.ImageReader}, which walks one image's
 * layers through the code scan, and {@link dev.aispm.collectors.content.image.PinnedWorkload}, a
 * workload and the image references it pins. The clouds only list their registries and workloads
 * and choose the images.
 */
package dev.aispm.collectors.content.image;
