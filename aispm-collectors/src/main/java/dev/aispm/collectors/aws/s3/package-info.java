/**
 * S3 buckets and prefixes that AI assets read and write, and the content stage that reads their objects through the scanners.
 */
package dev.aispm.collectors.aws.s3;
