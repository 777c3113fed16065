MATCH (j:AWSBedrockModelCustomizationJob)
RETURN j.id AS resourceId,
       CASE j.inVpc WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE j.inVpc WHEN true THEN 'Customization job ' + j.name + ' runs in a VPC'
            WHEN false THEN 'Customization job ' + j.name + ' does not run in a VPC'
            ELSE 'The network settings of customization job ' + coalesce(j.name, j.id) + ' could not be read' END AS reason
