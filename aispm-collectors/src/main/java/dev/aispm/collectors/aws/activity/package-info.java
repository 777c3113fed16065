/**
 * AWS activity for misuse detection: the trail's log files in S3 (found with DescribeTrails) and,
 * where no trail bucket is readable, CloudTrail LookupEvents. Fetch only; parsing, checkpoints and
 * detection are the misuse module's.
 */
package dev.aispm.collectors.aws.activity;
