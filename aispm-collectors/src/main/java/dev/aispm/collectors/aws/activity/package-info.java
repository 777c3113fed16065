/**
 * AWS activity for misuse detection: the trail's log files in S3 (found with DescribeTrails),
 * where no trail bucket is readable CloudTrail LookupEvents, and the Bedrock model invocation logs
 * a region delivers to S3. Fetch only; parsing, checkpoints and
 * detection are the misuse module's.
 */
package dev.aispm.collectors.aws.activity;
