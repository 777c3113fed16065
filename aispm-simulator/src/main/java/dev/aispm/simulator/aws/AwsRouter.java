package dev.aispm.simulator.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aispm.simulator.aws.AwsCall.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers every AWS request that reaches the fake. It identifies the caller's account from the
 * access key and the region from the signature, lets generated responders answer first, then
 * serves the resource file {@code simulator/aws/ACCOUNT/REGION/SERVICE/Operation[/key].json|xml},
 * falling back to the account's {@code global} folder for account-wide services. A
 * {@code _fault.json} in a service folder makes every call to that service there fail, which is
 * how the organization's broken region is declared as data.
 */
public final class AwsRouter implements ResponseDefinitionTransformerV2 {
  /** The transformer's name, referenced by the catch-all stub. */
  public static final String NAME = "aispm-aws-router";
  private static final String ROOT = "simulator/aws/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";

  private final AwsOrganization org;
  private final List<AwsResponder> responders;
  private final long latencyMillis;
  private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();
  private final SimulatedObjects bucketObjects = new SimulatedObjects();
  private final LambdaCode lambdaCode = new LambdaCode();
  private final ContainerImages images = new ContainerImages();
  private final InvocationLogGroups logGroups = new InvocationLogGroups(Instant.now());
  private final Set<String> operationsSeen = ConcurrentHashMap.newKeySet();
  private final AtomicLong calls = new AtomicLong();

  public AwsRouter(AwsOrganization org, List<AwsResponder> responders, Duration latency) {
    this.org = org;
    this.responders = List.copyOf(responders);
    this.latencyMillis = latency.toMillis();
    // The planted model artifacts: one whose pickle runs a shell command on load, one clean.
    bucketObjects.put("acme-models", "fraud-detector/model.tar.gz",
        ModelArtifacts.tarGz("model.pkl", ModelArtifacts.maliciousPickle()));
    bucketObjects.put("acme-models", "churn-predictor/model.tar.gz",
        ModelArtifacts.tarGz("model.pkl", ModelArtifacts.cleanPickle()));
    // The model registry's claims-triage version: a clean artifact, deployed without approval.
    bucketObjects.put("acme-models", "claims-triage/model.tar.gz",
        ModelArtifacts.tarGz("model.pkl", ModelArtifacts.cleanPickle()));
    TrainingData.plant(bucketObjects);
    TrainingCode.plant(bucketObjects);
    BedrockData.plant(bucketObjects);
    ActivityTrail.plant(bucketObjects, java.time.Instant.now());
    InvocationLogs.plant(bucketObjects, java.time.Instant.now());
    DataCaptureLogs.plant(bucketObjects, java.time.Instant.now());
    TransformCaptureLogs.plant(bucketObjects, java.time.Instant.now());
    // The EU processing job's input and output: aggregate features, nothing sensitive.
    bucketObjects.put("acme-secure-data", "churn/raw/part-00000.csv",
        "tenure_months,monthly_spend,support_tickets\n14,42.5,1\n3,18.0,4\n".getBytes(StandardCharsets.UTF_8));
    bucketObjects.put("acme-secure-data", "churn/train/part-00000.csv",
        "tenure_bucket,spend_bucket,tickets,label\n2,3,1,0\n0,1,4,1\n".getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean applyGlobally() {
    // Only the catch-all stub is routed here, so faults a test stubs with a higher priority win.
    return false;
  }

  /** How many AWS requests were answered. */
  public long calls() {
    return calls.get();
  }

  /** The CloudWatch Logs log groups Bedrock logs invocations to, for tests that deliver events late. */
  public InvocationLogGroups logGroups() {
    return logGroups;
  }

  /** The objects of the simulated buckets. */
  public SimulatedObjects objects() {
    return bucketObjects;
  }

  /** Every {@code service:Operation} that was called, for least-privilege checks. */
  public Set<String> operationsSeen() {
    return Set.copyOf(operationsSeen);
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    calls.incrementAndGet();
    AwsAnswer answer = ranged(event.getRequest(), handle(event.getRequest()));
    ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
        .withStatus(answer.status())
        .withHeader("Content-Type", answer.contentType())
        .withBody(answer.body());
    answer.headers().forEach(b::withHeader);
    if (latencyMillis > 0) {
      b.withFixedDelay((int) latencyMillis);
    }
    return b.build();
  }

  private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("bytes=(\\d+)-(\\d*)");

  /**
   * An object GET with {@code Range: bytes=a-b} answered as S3 does: 206 with the part and
   * {@code Content-Range: bytes a-b/size}, or 416 past the end, so content scans that read
   * archives by their index get the bytes they ask for.
   */
  static AwsAnswer ranged(Request request, AwsAnswer answer) {
    String auth = request.getHeader("Authorization");
    if (answer.status() != 200 || !"GET".equals(request.getMethod().getName()) || !request.containsHeader("Range")
        || auth == null || !auth.contains("/s3/aws4_request")) {
      return answer;
    }
    java.util.regex.Matcher m = RANGE.matcher(request.getHeader("Range").strip());
    if (!m.matches()) {
      return answer;
    }
    byte[] body = answer.body();
    long from = Long.parseLong(m.group(1));
    if (from >= body.length) {
      return AwsErrors.error(Protocol.REST_XML, "s3", 416, "InvalidRange", "The requested range is not satisfiable");
    }
    long to = m.group(2).isEmpty() ? body.length - 1 : Math.min(body.length - 1, Long.parseLong(m.group(2)));
    Map<String, String> headers = new java.util.LinkedHashMap<>(answer.headers());
    headers.put("Content-Range", "bytes " + from + "-" + to + "/" + body.length);
    return new AwsAnswer(206, answer.contentType(), headers,
        java.util.Arrays.copyOfRange(body, (int) from, (int) to + 1));
  }

  AwsAnswer handle(Request request) {
    if (LambdaCode.isDownload(request.getUrl())) {
      // Code packages are fetched with a presigned URL: signed in the query, not the headers.
      return lambdaCode.download(request.getUrl());
    }
    // API Gateway's v2 API shares the /v2/ prefix with the registry API; only its calls are SigV4-signed.
    boolean sigV4 = AwsRequestParser.signature(request.getHeader("Authorization")) != null;
    if (ContainerImages.isRegistry(request.getUrl()) && !sigV4) {
      // Image pulls carry the ECR token as Basic credentials (or, for layers, a presigned URL).
      return images.registry(request, operationsSeen);
    }
    return answer(request);
  }

  private AwsAnswer answer(Request request) {
    AwsRequestParser.Signature sig = AwsRequestParser.signature(request.getHeader("Authorization"));
    String target = request.containsHeader("X-Amz-Target") ? request.getHeader("X-Amz-Target") : null;
    if (sig == null) {
      return AwsErrors.error(target != null ? Protocol.JSON : Protocol.QUERY, "aws", 403,
          "MissingAuthenticationToken", "Request is missing Authentication Token");
    }
    Optional<String> account = org.accountOf(sig.accessKey());
    if (account.isEmpty()) {
      return AwsErrors.error(target != null ? Protocol.JSON : Protocol.QUERY, sig.signingName(), 403,
          "InvalidClientTokenId", "The security token included in the request is invalid.");
    }
    AwsCall call = AwsRequestParser.parse(sig, account.get(), request.getMethod().getName(),
        request.getUrl(), target, request.getBody());
    if (call == null) {
      return AwsErrors.error(target != null ? Protocol.JSON : Protocol.REST_JSON, sig.signingName(), 404,
          "UnknownOperationException", "The simulator does not know " + request.getMethod() + " " + request.getUrl());
    }
    operationsSeen.add(call.service() + ":" + call.operation());
    if (!call.readOnly()) {
      return AwsErrors.accessDenied(call, org.principalOf(call.accessKey()),
          "because the simulated organization grants the scanner read-only access");
    }
    Optional<AwsAnswer> fault = fault(call);
    if (fault.isPresent()) {
      return fault.get();
    }
    if (call.service().equals("ecr")) {
      // The token answer names this simulator as the registry endpoint, as ECR names its own.
      Optional<AwsAnswer> ecr = images.answer(call, LambdaCode.base(request.getAbsoluteUrl()).orElse(""));
      if (ecr.isPresent()) {
        return ecr.get();
      }
    }
    if (call.service().equals("lambda") && call.operation().equals("GetFunction")) {
      AwsAnswer fn = dispatch(call);
      return LambdaCode.base(request.getAbsoluteUrl()).map(b -> lambdaCode.withLocation(fn, call, b)).orElse(fn);
    }
    return images.pinDigests(dispatch(call));
  }

  private AwsAnswer dispatch(AwsCall call) {
    for (AwsResponder r : responders) {
      Optional<AwsAnswer> a = r.answer(call);
      if (a.isPresent()) {
        return a.get();
      }
    }
    if (call.service().equals("sts")) {
      return sts(call);
    }
    Optional<AwsAnswer> logs = logGroups.answer(call);
    if (logs.isPresent()) {
      return logs.get();
    }
    Optional<AwsAnswer> stored = bucketObjects.answer(call);
    if (stored.isPresent()) {
      return stored.get();
    }
    return fromFiles(call);
  }

  private Optional<AwsAnswer> fault(AwsCall call) {
    Optional<byte[]> f = file(call.account() + "/" + call.region() + "/" + call.service() + "/_fault.json");
    if (f.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(f.get());
      String code = node.path("code").asText("ServiceUnavailable");
      String message = node.path("message").asText("simulated failure");
      if (code.startsWith("AccessDenied")) {
        return Optional.of(AwsErrors.accessDenied(call, org.principalOf(call.accessKey()), message));
      }
      return Optional.of(AwsErrors.error(call.protocol(), call.service(), node.path("status").asInt(500), code,
          message));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AwsAnswer fromFiles(AwsCall call) {
    String key = call.key();
    boolean keyed = !key.isEmpty() && !call.operation().equals("ListBuckets");
    String name = keyed ? call.operation() + "/" + key : call.operation();
    for (String scope : List.of(call.region(), "global")) {
      for (String ext : List.of(".json", ".xml")) {
        String path = call.account() + "/" + scope + "/" + call.service() + "/" + name + ext;
        Optional<byte[]> body = file(path);
        if (body.isPresent()) {
          String type = switch (call.protocol()) {
            case JSON -> "application/x-amz-json-1.1";
            case REST_JSON -> "application/json";
            default -> ext.equals(".json") ? "application/json" : "text/xml";
          };
          return new AwsAnswer(200, type, Map.of("x-amzn-RequestId", UUID.randomUUID().toString()), body.get());
        }
      }
    }
    return missing(call, keyed);
  }

  /** What AWS answers when the account has nothing of the kind asked for. */
  private AwsAnswer missing(AwsCall call, boolean keyed) {
    String op = call.operation();
    boolean list = op.startsWith("List") || op.startsWith("Describe") && call.service().equals("ec2");
    switch (call.protocol()) {
      case JSON, REST_JSON -> {
        if (!keyed || list) {
          return AwsAnswer.ok(call.protocol() == Protocol.JSON ? "application/x-amz-json-1.1" : "application/json", "{}");
        }
        return call.protocol() == Protocol.JSON
            ? AwsErrors.error(Protocol.JSON, call.service(), 400, call.service().equals("sagemaker")
                ? "ValidationException" : "ResourceNotFoundException", "Could not find " + call.key())
            : AwsErrors.error(Protocol.REST_JSON, call.service(), 404, "ResourceNotFoundException",
                "Resource " + call.key() + " not found");
      }
      case QUERY -> {
        if (!keyed || list) {
          String ns = "https://" + call.service() + ".amazonaws.com/doc/" + switch (call.service()) {
            case "iam" -> "2010-05-08";
            case "elasticloadbalancing" -> "2015-12-01";
            default -> "2011-06-15";
          } + "/";
          return AwsAnswer.ok("text/xml", "<" + op + "Response xmlns=\"" + ns + "\"><" + op + "Result/>"
              + "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata></"
              + op + "Response>");
        }
        return AwsErrors.error(Protocol.QUERY, call.service(), 404, "NoSuchEntity",
            "The entity " + call.key() + " cannot be found.");
      }
      case EC2 -> {
        return AwsAnswer.ok("text/xml", "<" + op + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
            + "<requestId>" + UUID.randomUUID() + "</requestId></" + op + "Response>");
      }
      default -> {
        if (call.service().equals("s3control")) {
          // S3 Control wraps its errors like the query APIs, unlike S3's bare <Error>.
          return AwsErrors.error(Protocol.QUERY, "s3control", 404, "NoSuchPublicAccessBlockConfiguration",
              "The public access block configuration was not found");
        }
        return s3Missing(call);
      }
    }
  }

  private static AwsAnswer s3Missing(AwsCall call) {
    return switch (call.operation()) {
      case "GetBucketVersioning" -> AwsAnswer.ok("application/xml",
          "<VersioningConfiguration xmlns=\"" + S3_NS + "\"/>");
      case "GetBucketLogging" -> AwsAnswer.ok("application/xml", "<BucketLoggingStatus xmlns=\"" + S3_NS + "\"/>");
      case "GetBucketPolicy" -> s3Error(404, "NoSuchBucketPolicy", "The bucket policy does not exist");
      case "GetPublicAccessBlock" -> s3Error(404, "NoSuchPublicAccessBlockConfiguration",
          "The public access block configuration was not found");
      case "GetBucketEncryption" -> s3Error(404, "ServerSideEncryptionConfigurationNotFoundError",
          "The server side encryption configuration was not found");
      case "GetObjectLockConfiguration" -> s3Error(404, "ObjectLockConfigurationNotFoundError",
          "Object Lock configuration does not exist for this bucket");
      case "GetBucketTagging" -> s3Error(404, "NoSuchTagSet", "The TagSet does not exist");
      case "GetObject", "HeadObject" -> s3Error(404, "NoSuchKey", "The specified key does not exist.");
      default -> s3Error(404, "NoSuchBucket", "The specified bucket does not exist");
    };
  }

  private static AwsAnswer s3Error(int status, String code, String message) {
    return AwsErrors.error(Protocol.REST_XML, "s3", status, code, message);
  }

  /** STS is answered in code: its answers depend on the caller and issue credentials. */
  private AwsAnswer sts(AwsCall call) {
    String ns = "https://sts.amazonaws.com/doc/2011-06-15/";
    String requestId = UUID.randomUUID().toString();
    switch (call.operation()) {
      case "GetCallerIdentity" -> {
        String principal = org.principalOf(call.accessKey());
        return AwsAnswer.ok("text/xml", "<GetCallerIdentityResponse xmlns=\"" + ns + "\"><GetCallerIdentityResult>"
            + "<Arn>" + principal + "</Arn><UserId>AIDA" + call.account() + "SCAN</UserId><Account>" + call.account()
            + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>" + requestId
            + "</RequestId></ResponseMetadata></GetCallerIdentityResponse>");
      }
      case "AssumeRole" -> {
        String roleArn = call.params().getOrDefault("RoleArn", "");
        String[] parts = roleArn.split(":");
        String target = parts.length > 4 ? parts[4] : "";
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        if (org.account(target).isEmpty() || !roleName.equals(org.crossAccountRole())
            || !org.externalId().equals(call.params().get("ExternalId"))) {
          return AwsErrors.error(Protocol.QUERY, "sts", 403, "AccessDenied", "User: "
              + org.principalOf(call.accessKey()) + " is not authorized to perform: sts:AssumeRole on resource: "
              + roleArn);
        }
        String session = call.params().getOrDefault("RoleSessionName", "session");
        String keyId = "ASIA" + target + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()), 36)
            .toUpperCase(java.util.Locale.ROOT);
        String assumed = "arn:aws:sts::" + target + ":assumed-role/" + roleName + "/" + session;
        org.issue(keyId, target, assumed);
        return AwsAnswer.ok("text/xml", "<AssumeRoleResponse xmlns=\"" + ns + "\"><AssumeRoleResult>"
            + "<AssumedRoleUser><AssumedRoleId>AROA" + target + ":" + session + "</AssumedRoleId><Arn>" + assumed
            + "</Arn></AssumedRoleUser><Credentials><AccessKeyId>" + keyId + "</AccessKeyId><SecretAccessKey>"
            + UUID.randomUUID() + "</SecretAccessKey><SessionToken>" + UUID.randomUUID() + "</SessionToken>"
            + "<Expiration>" + Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            + "</Expiration></Credentials><PackedPolicySize>6</PackedPolicySize></AssumeRoleResult>"
            + "<ResponseMetadata><RequestId>" + requestId + "</RequestId></ResponseMetadata></AssumeRoleResponse>");
      }
      default -> {
        return AwsErrors.error(Protocol.QUERY, "sts", 400, "InvalidAction", "Unknown action " + call.operation());
      }
    }
  }

  private Optional<byte[]> file(String relative) {
    return files.computeIfAbsent(relative, p -> {
      try (InputStream in = AwsRouter.class.getClassLoader().getResourceAsStream(ROOT + p)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
