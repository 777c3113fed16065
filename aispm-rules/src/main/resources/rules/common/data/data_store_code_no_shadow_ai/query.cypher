MATCH (d:DataObject)
OPTIONAL MATCH (d)-[:USES_AI]->(u:AIUsage) WHERE u.managed = false
WITH d, collect(DISTINCT u.kind + ' ' + u.subject) AS uses
// Only prefixes that hold code are judged: a data set without code says nothing either way.
WHERE size(uses) > 0 OR coalesce(d.codeObjectsScanned, 0) > 0
WITH d, uses,
     CASE WHEN d:AWSS3Prefix THEN 'Amazon Bedrock' WHEN d:GCSPrefix THEN 'Vertex AI' ELSE 'Azure OpenAI' END AS managed
RETURN d.id AS resourceId,
       CASE WHEN size(uses) > 0 THEN 'FAIL' WHEN d.codeScanComplete = true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE WHEN size(uses) > 0 THEN 'Code in ' + d.uri + ' uses AI outside ' + managed + ': '
                 + reduce(s = '', x IN uses | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
            WHEN d.codeScanComplete = true THEN 'The ' + d.codeObjectsScanned + ' code file(s) in ' + d.uri
                 + ' show no AI use outside ' + managed
            ELSE 'Code in ' + d.uri + ' was only partly read (' + d.codeObjectsScanned + ' code file(s) read, '
                 + 'some cut at the per-object budget or left unread when the bucket budget ran out): '
                 + 'AI use may hide in what was not read' END AS reason
