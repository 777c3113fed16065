/**
 * Amazon Bedrock: custom and imported models, customization jobs, provisioned throughput, guardrails, agents, knowledge bases and invocation logging.
 */
package dev.aispm.collectors.aws.bedrock;
