MATCH (f:AWSLambdaFunction) WHERE f.codeScan IS NOT NULL
OPTIONAL MATCH (f)-[:USES_AI]->(u:AIUsage) WHERE u.managed = false
WITH f, collect(DISTINCT u.kind + ' ' + u.subject) AS uses
RETURN f.id AS resourceId,
       CASE WHEN size(uses) > 0 THEN 'FAIL' WHEN f.codeScan = 'scanned' THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE WHEN size(uses) > 0 THEN 'Function ' + f.name + ' uses AI outside Amazon Bedrock: '
                 + reduce(s = '', x IN uses | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
            WHEN f.codeScan = 'scanned' THEN 'The code of function ' + f.name + ' shows no AI use outside Amazon Bedrock'
            ELSE 'The code of function ' + f.name + ' was not read (' + f.codeScan
                 + coalesce(': ' + f.codeScanError, '') + ')' END AS reason
