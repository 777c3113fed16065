MATCH (j:AWSBedrockModelCustomizationJob)
RETURN j.id AS resourceId,
       CASE j.outputEncryptedWithCmk WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE j.outputEncryptedWithCmk WHEN true THEN 'Customization job ' + j.name + ' encrypts its model with ' + j.outputKmsKeyId
            WHEN false THEN 'Customization job ' + j.name + ' encrypts its model with an AWS-owned key'
            ELSE 'The output encryption of customization job ' + coalesce(j.name, j.id) + ' could not be read' END AS reason
