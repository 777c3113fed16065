MATCH (k:GCPServiceAccountKey)
WHERE coalesce(k.disabled, false) = false
WITH k, k.neverExpires AS v
RETURN k.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Key ' + k.name + ' of ' + k.serviceAccount + ' never expires'
                        + CASE WHEN k.ageDays IS NULL THEN '' ELSE ' (' + k.ageDays + ' days old)' END
              WHEN false THEN 'Key ' + k.name + ' of ' + k.serviceAccount + ' expires ' + toString(k.validBefore)
              ELSE 'Expiry of key ' + k.name + ' could not be read' END AS reason
