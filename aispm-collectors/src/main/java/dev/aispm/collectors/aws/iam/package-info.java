/**
 * IAM roles that AI workloads run as, their policies summarised into admin, write and read reach over the buckets.
 */
package dev.aispm.collectors.aws.iam;
