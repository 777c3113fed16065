MATCH (l:AWSBedrockModelInvocationLogging)
RETURN l.id AS resourceId,
       CASE l.enabled WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE l.enabled WHEN true THEN 'Bedrock invocations in ' + l.account + '/' + l.region + ' are logged to '
              + coalesce(l.s3BucketName, l.cloudWatchLogGroup)
            WHEN false THEN 'Bedrock model invocation logging is not configured in ' + l.account + '/' + l.region
            ELSE 'Bedrock model invocation logging of ' + l.account + '/' + l.region + ' could not be read' END AS reason
