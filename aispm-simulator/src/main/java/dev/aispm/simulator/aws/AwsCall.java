package dev.aispm.simulator.aws;

import java.util.Map;

/**
 * One AWS API request as the fake understands it: who sent it (account, from the access key),
 * where (region, from the SigV4 credential scope), to which service and operation, and the
 * parameters that select an answer.
 *
 * @param service   the API's model name ({@code sagemaker}, {@code bedrock-agent}, {@code s3} ...)
 * @param protocol  the wire protocol the answer must use
 * @param operation the API operation, e.g. {@code DescribeNotebookInstance}
 * @param account   12-digit account id the access key belongs to
 * @param region    region of the credential scope
 * @param accessKey the access key id that signed the request
 * @param params    identifying request parameters (names and ids, not paging or filters)
 * @param body      the raw request body
 * @param query     the raw URL query string ("" when none): REST APIs page with it ({@code nextToken})
 */
public record AwsCall(String service, Protocol protocol, String operation, String account,
    String region, String accessKey, Map<String, String> params, byte[] body, String query) {

  /** A call without a query string (JSON and query-protocol APIs carry everything in the body). */
  public AwsCall(String service, Protocol protocol, String operation, String account, String region,
      String accessKey, Map<String, String> params, byte[] body) {
    this(service, protocol, operation, account, region, accessKey, params, body, "");
  }

  /** The wire protocols of the APIs the collectors call. */
  public enum Protocol {
    /** {@code X-Amz-Target} header and a JSON body (SageMaker, Organizations). */
    JSON,
    /** Operation in the path, JSON bodies (Bedrock, Bedrock Agent, Lambda). */
    REST_JSON,
    /** Operation in the path and query, XML bodies (S3, S3 Control). */
    REST_XML,
    /** Form-encoded {@code Action=...}, XML answers (IAM, STS). */
    QUERY,
    /** The EC2 dialect of the query protocol. */
    EC2
  }

  /** The key that selects a file among several answers to the same operation, or "" for none. */
  public String key() {
    return params.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> keyPart(e.getValue()))
        .reduce((a, b) -> a + "__" + b).orElse("");
  }

  /** An ARN is reduced to its resource name, so files are named after what people recognise. */
  static String keyPart(String value) {
    String v = value;
    if (v.startsWith("arn:")) {
      v = v.substring(Math.max(v.lastIndexOf('/'), v.lastIndexOf(':')) + 1);
    }
    return v.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Whether the operation only reads: the fake refuses anything else, as collectors must. */
  public boolean readOnly() {
    return operation.startsWith("List") || operation.startsWith("Describe") || operation.startsWith("Get")
        || operation.equals("AssumeRole") || operation.equals("HeadBucket") || operation.equals("FilterLogEvents");
  }
}
