MATCH (a:ModelArtifact)
WHERE a.scanStatus IS NOT NULL AND a.scanStatus <> 'not-scanned'
RETURN a.id AS resourceId,
       CASE a.scanStatus WHEN 'not-fully-scanned' THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE a.scanStatus WHEN 'not-fully-scanned'
            THEN 'Model artifact ' + a.uri + ' was not fully scanned: read ' + coalesce(toString(a.scanBytesRead), 'no')
              + ' of ' + coalesce(toString(a.scanObjectSize), 'an unknown number of') + ' bytes, the rest is unchecked'
            ELSE 'Model artifact ' + a.uri + ' was read in full' END AS reason
