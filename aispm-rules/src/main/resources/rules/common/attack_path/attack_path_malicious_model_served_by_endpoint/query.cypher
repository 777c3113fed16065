MATCH path = (a:ModelArtifact)<-[:USES_ARTIFACT]-(m:Model)-[:SERVED_BY]->(e:Endpoint)
// Only a verdict of malicious: an unparseable, suspicious or partly read artifact is judged by
// model_artifact_free_of_injected_code and model_artifact_fully_scanned, at their own severities.
WHERE a.scanStatus = 'malicious'
OPTIONAL MATCH exposure = (:Internet)-[:CAN_REACH]->(e)
RETURN a.id AS resourceId, 'FAIL' AS status,
       'Model artifact ' + a.uri + ' is ' + a.scanStatus
         + CASE WHEN a.scanSummary IS NULL THEN '' ELSE ' (' + a.scanSummary + ')' END
         + ' and is served by endpoint ' + e.name
         + CASE WHEN exposure IS NULL THEN '' ELSE ', reachable from the internet' END AS reason,
       [a.id, m.id, e.id] AS resourceIds, path
