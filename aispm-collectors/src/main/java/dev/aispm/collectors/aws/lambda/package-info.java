/**
 * Lambda functions: every function of a region, the roles they run as, their function URLs, and
 * what their code packages hold (AI packages, AI use, vulnerable AI tooling); also the functions
 * Bedrock agents invoke as tools.
 */
package dev.aispm.collectors.aws.lambda;
