package dev.aispm.collectors.aws.s3;

import dev.aispm.collectors.aws.AwsSettings;
import dev.aispm.scanners.files.ContentSource;
import dev.aispm.scanners.files.SourceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lets {@code aispm scan-files s3://bucket/prefix} read objects with the standard AWS
 * configuration (credential chain, region, {@code AWS_ENDPOINT_URL_S3}); registered through
 * {@link java.util.ServiceLoader} so the scanners module stays free of cloud SDKs. Each object is
 * streamed, at most {@code AISPM_SCAN_MAX_OBJECT_BYTES} (default 16 GiB) of it.
 */
public final class S3SourceResolver implements SourceResolver {
  private static final long DEFAULT_MAX_BYTES = 16L << 30;

  private S3Client s3;

  @Override
  public boolean handles(String target) {
    return target.startsWith("s3://");
  }

  @Override
  public void resolve(String target, Consumer<ContentSource> sources) throws IOException {
    String rest = target.substring("s3://".length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String prefix = slash < 0 ? "" : rest.substring(slash + 1);
    if (bucket.isEmpty()) {
      throw new IOException("no bucket in " + target);
    }
    S3ObjectReader reader = new S3ObjectReader(client());
    long max = maxBytes();
    try {
      reader.list(bucket, prefix, 1000).forEachRemaining(o -> sources.accept(new ContentSource() {
        @Override
        public String location() {
          return "s3://" + bucket + "/" + o.key();
        }

        @Override
        public long size() {
          return o.size() == null ? -1 : o.size();
        }

        @Override
        public InputStream open() throws IOException {
          try {
            return reader.open(bucket, o.key(), max).stream();
          } catch (SdkException e) {
            throw new IOException("cannot read " + location() + ": " + e.getMessage(), e);
          }
        }
      }));
    } catch (SdkException | UncheckedIOException e) {
      throw new IOException("cannot list " + target + ": " + e.getMessage(), e);
    }
  }

  private synchronized S3Client client() {
    if (s3 == null) {
      String region;
      try {
        region = new DefaultAwsRegionProviderChain().getRegion().id();
      } catch (RuntimeException e) {
        region = "us-east-1";
      }
      // The same rule as the collector: path-style when forced or when the endpoint is local.
      boolean pathStyle = AwsSettings.fromEnvironment(System.getenv()).usePathStyle();
      s3 = S3Client.builder().region(Region.of(region)).forcePathStyle(pathStyle)
          .crossRegionAccessEnabled(true).build();
    }
    return s3;
  }

  private static long maxBytes() {
    String v = System.getenv("AISPM_SCAN_MAX_OBJECT_BYTES");
    try {
      return v == null || v.isBlank() ? DEFAULT_MAX_BYTES : Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("AISPM_SCAN_MAX_OBJECT_BYTES must be a whole number, was '" + v + "'");
    }
  }
}
