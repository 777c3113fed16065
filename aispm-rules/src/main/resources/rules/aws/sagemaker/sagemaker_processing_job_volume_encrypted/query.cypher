MATCH (n:AWSSageMakerProcessingJob)
RETURN n.id AS resourceId,
       CASE WHEN n.volumeKmsKeyId IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.volumeKmsKeyId IS NULL THEN 'Processing job volume has no customer KMS key: ' + coalesce(n.name, n.id)
            ELSE 'Processing job volume uses KMS key ' + n.volumeKmsKeyId + ': ' + coalesce(n.name, n.id) END AS reason
