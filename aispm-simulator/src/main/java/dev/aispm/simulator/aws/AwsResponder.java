package dev.aispm.simulator.aws;

import java.util.Optional;

/**
 * A source of answers consulted before the resource files, for data that is generated rather than
 * written down: the benchmark's thousands of resources, or a test's extra account.
 */
@FunctionalInterface
public interface AwsResponder {
  /** The answer to the call, or empty to let the next responder (finally the files) answer. */
  Optional<AwsAnswer> answer(AwsCall call);
}
