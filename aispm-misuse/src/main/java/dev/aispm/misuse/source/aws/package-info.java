/**
 * AWS CloudTrail: the records of a trail's S3 log files and of the {@code LookupEvents} API.
 */
package dev.aispm.misuse.source.aws;
