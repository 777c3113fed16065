MATCH (m:Model) WHERE m:AWSBedrockCustomModel OR m:AWSBedrockImportedModel
RETURN m.id AS resourceId,
       CASE m.customerKmsKey WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE m.customerKmsKey WHEN true THEN 'Model ' + m.name + ' is encrypted with customer managed key ' + m.kmsKeyId
            WHEN false THEN 'Model ' + m.name + ' is encrypted with an AWS-owned key'
            ELSE 'The encryption of model ' + coalesce(m.name, m.id) + ' could not be read' END AS reason
