MATCH (a:AWSBedrockAgent)
RETURN a.id AS resourceId,
       CASE a.customerKmsKey WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE a.customerKmsKey WHEN true THEN 'Agent ' + a.name + ' is encrypted with customer managed key ' + a.kmsKeyId
            WHEN false THEN 'Agent ' + a.name + ' is encrypted with an AWS-owned key'
            ELSE 'The encryption of agent ' + coalesce(a.name, a.id) + ' could not be read' END AS reason
