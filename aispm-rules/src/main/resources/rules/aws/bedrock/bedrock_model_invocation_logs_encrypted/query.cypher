MATCH (l:AWSBedrockModelInvocationLogging {enabled: true})
OPTIONAL MATCH (l)-[:LOGS_TO]->(b:AWSS3Bucket {name: l.s3BucketName})
WITH l, b,
     CASE WHEN l.s3BucketName IS NULL OR b IS NULL OR b.encryption IS NULL THEN 'UNKNOWN'
          WHEN b.encryption STARTS WITH 'aws:kms' THEN 'PASS'
          ELSE 'FAIL' END AS status
RETURN l.id AS resourceId, status,
       CASE WHEN l.s3BucketName IS NULL THEN 'Bedrock logs of ' + l.region + ' go only to CloudWatch log group ' + l.cloudWatchLogGroup + ', whose encryption is not collected'
            WHEN status = 'PASS' THEN 'Bedrock logs of ' + l.region + ' go to bucket ' + b.name + ', encrypted with KMS'
            WHEN status = 'FAIL' THEN 'Bedrock logs of ' + l.region + ' go to bucket ' + b.name + ', encrypted only with ' + b.encryption
            ELSE 'The encryption of log bucket ' + l.s3BucketName + ' could not be read' END AS reason,
       CASE WHEN b IS NULL THEN [l.id] ELSE [l.id, b.id] END AS resourceIds
