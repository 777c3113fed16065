/**
 * Shadow AI and vulnerable AI tooling: the catalogue of AI SDKs, frameworks and self-hosted ML
 * servers, the evidence of AI use in code (imports, Bedrock clients, provider API hosts), and
 * the check that turns an input's inventory into findings, advisories included.
 */
package dev.aispm.scanners.aiusage;
