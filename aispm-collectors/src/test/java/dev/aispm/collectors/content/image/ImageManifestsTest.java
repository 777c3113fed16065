package dev.aispm.collectors.content.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aispm.collectors.content.CodePackageScan.ImageLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Manifests and indexes as registries serve them (written from the OCI image spec and Docker's v2 schema 2). */
class ImageManifestsTest {
  static byte[] recorded(String name) throws IOException {
    try (InputStream in = ImageManifestsTest.class.getClassLoader().getResourceAsStream("recorded/aws/ecr/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void anIndexPointsAtTheLinuxAmd64ImageNotAtAttestations() throws IOException {
    byte[] index = recorded("image-index.json");
    assertThat(ImageManifests.isIndex("application/vnd.oci.image.index.v1+json", index)).isTrue();
    assertThat(ImageManifests.platformManifest(index))
        .contains("sha256:bbbb0000000000000000000000000000000000000000000000000000000000bb");
  }

  @Test
  void anIndexOfOnlyAttestationsNamesNoImage() throws IOException {
    byte[] index = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":"
        + "[{\"digest\":\"sha256:cc\",\"platform\":{\"os\":\"unknown\",\"architecture\":\"unknown\"}}]}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(ImageManifests.platformManifest(index)).isEmpty();
  }

  @Test
  void aDockerManifestGivesItsLayersInOrderAndZstdLayersAreReadable() throws IOException {
    byte[] body = recorded("image-manifest-docker.json");
    assertThat(ImageManifests.isIndex("", body)).isFalse();
    ImageManifests.Manifest m = ImageManifests.manifest("", body);
    assertThat(m.mediaType()).isEqualTo(ImageManifests.DOCKER_MANIFEST);
    assertThat(m.configDigest()).startsWith("sha256:b5b2");
    assertThat(m.layers()).extracting(ImageLayer::size).containsExactly(32654L, 16724L, 73109L);
    assertThat(m.size()).isEqualTo(32654L + 16724L + 73109L);
    assertThat(m.layers()).extracting(ImageLayer::readable).containsExactly(true, true, true);
  }

  @Test
  void aManifestWithoutMediaTypeTakesTheRegistrysContentType() throws IOException {
    byte[] body = ("{\"schemaVersion\":2,\"config\":{\"digest\":\"sha256:" + "a".repeat(64) + "\"},\"layers\":[]}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(ImageManifests.manifest(ImageManifests.OCI_MANIFEST, body).layers()).isEmpty();
    assertThatThrownBy(() -> ImageManifests.manifest("text/plain", body))
        .hasMessage("unsupported manifest media type text/plain");
  }

  @Test
  void brokenManifestsAreRejectedWithAReason() {
    assertThatThrownBy(() -> ImageManifests.manifest("", "[1]".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("image manifest is not a JSON object");
    assertThatThrownBy(() -> ImageManifests.manifest("", "{\"schemaVersion\":1,\"fsLayers\":[]}"
        .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("schema version 1 is not supported");
    // A digest is also a path in the scan's locations: anything but a content digest is refused.
    assertThatThrownBy(() -> ImageManifests.manifest(ImageManifests.OCI_MANIFEST,
        "{\"schemaVersion\":2,\"layers\":[{\"digest\":\"sha256:../../etc/passwd\"}]}".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("is not a content digest");
    String many = "{\"schemaVersion\":2,\"mediaType\":\"" + ImageManifests.OCI_MANIFEST + "\",\"layers\":["
        + String.join(",", java.util.Collections.nCopies(1001, "{\"digest\":\"sha256:" + "a".repeat(64) + "\"}"))
        + "]}";
    assertThatThrownBy(() -> ImageManifests.manifest("", many.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("1001 layers");
    assertThatThrownBy(() -> ImageManifests.manifest("", "{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
  }
}
