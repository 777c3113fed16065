MATCH (a:ModelArtifact)
// An artifact read only in part is model_artifact_fully_scanned's finding, unless what was read is
// already malicious (then its status says so).
WHERE a.scanStatus IS NOT NULL AND NOT a.scanStatus IN ['not-scanned', 'not-fully-scanned']
RETURN a.id AS resourceId,
       CASE a.scanStatus WHEN 'clean' THEN 'PASS' WHEN 'malicious' THEN 'FAIL' WHEN 'suspicious' THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE a.scanStatus WHEN 'clean' THEN 'Model artifact ' + a.uri + ' is clean'
            ELSE 'Model artifact ' + a.uri + ' is ' + a.scanStatus + CASE WHEN a.scanSummary IS NULL THEN '' ELSE ': ' + a.scanSummary END END AS reason
