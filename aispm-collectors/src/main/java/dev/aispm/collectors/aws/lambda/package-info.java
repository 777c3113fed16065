/**
 * Lambda functions that Bedrock agents invoke as tools, and the roles they run as.
 */
package dev.aispm.collectors.aws.lambda;
