MATCH (i:AzureContainerImage) WHERE i.imageScan IS NOT NULL
OPTIONAL MATCH (i)-[:USES_AI]->(u:AIUsage) WHERE u.managed = false
WITH i, collect(DISTINCT u.kind + ' ' + u.subject) AS uses
RETURN i.id AS resourceId,
       CASE WHEN size(uses) > 0 THEN 'FAIL' WHEN i.imageScan = 'scanned' THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE WHEN size(uses) > 0 THEN 'Image ' + i.name + ' holds AI outside Azure OpenAI: '
                 + reduce(s = '', x IN uses | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
            WHEN i.imageScan = 'scanned' THEN 'The layers of image ' + i.name + ' show no AI use outside Azure OpenAI'
            ELSE 'The layers of image ' + i.name + ' were not all read (' + i.imageScan
                 + coalesce(': ' + i.imageScanError, '') + ')' END AS reason
