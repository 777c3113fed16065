MATCH (d:DataObject)<-[:READS]-(:TrainingJob)
WITH DISTINCT d
// A prefix whose budget ran out is UNKNOWN unless what was read already holds a secret: what was
// not read may hold anything, so "free of secrets" needs every object read in full.
WITH d, d.secretCount IS NULL AS unscanned, coalesce(d.secretCount, 0) > 0 AS holds,
     d.scanComplete = false AS partial,
     reduce(s = '', u IN coalesce(d.objectsWithSecrets, [])[..5] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + u) AS listed
RETURN d.id AS resourceId,
       CASE WHEN unscanned THEN 'UNKNOWN' WHEN holds THEN 'FAIL' WHEN partial THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN unscanned THEN 'Training data ' + d.uri + ' was not scanned'
            WHEN holds THEN 'Training data ' + d.uri + ' holds ' + d.secretCount + ' secret(s)'
              + CASE WHEN listed = '' THEN ''
                     ELSE ' in ' + size(d.objectsWithSecrets) + ' object(s): ' + listed
                       + CASE WHEN size(d.objectsWithSecrets) > 5 THEN ' and more' ELSE '' END END
            WHEN partial THEN 'Training data ' + d.uri + ' was only partly scanned: '
              + coalesce(d.objectsScanned, 0) + ' object(s) read'
              + CASE WHEN coalesce(d.objectsPartlyScanned, 0) > 0
                     THEN ' (' + d.objectsPartlyScanned + ' only up to the per-object budget)' ELSE '' END
              + ', at least ' + coalesce(d.objectsSkipped, 0) + ' left unread when the budget ran out;'
              + ' no secret in what was read'
            ELSE 'Training data ' + d.uri + ' holds no secrets' END AS reason
