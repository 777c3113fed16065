MATCH (d:DataObject)<-[:READS]-(:TrainingJob)
WITH DISTINCT d
RETURN d.id AS resourceId,
       CASE WHEN d.secretCount IS NULL THEN 'UNKNOWN' WHEN d.secretCount > 0 THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN d.secretCount IS NULL THEN 'Training data ' + d.uri + ' was not scanned'
            WHEN d.secretCount > 0 THEN 'Training data ' + d.uri + ' holds ' + d.secretCount + ' secret(s)'
            ELSE 'Training data ' + d.uri + ' holds no secrets' END AS reason
