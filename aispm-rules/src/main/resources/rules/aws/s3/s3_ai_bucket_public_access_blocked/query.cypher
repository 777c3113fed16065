MATCH (b:AWSS3Bucket)
WHERE EXISTS { (b)<-[:IN_BUCKET]-(:DataObject)<-[:READS|WRITES|USES_ARTIFACT|PRODUCED]-() }
RETURN b.id AS resourceId,
       CASE b.publicAccessBlocked WHEN false THEN 'FAIL' WHEN true THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE b.publicAccessBlocked WHEN false THEN 'Bucket ' + b.name + ' used by AI assets does not block public access'
            WHEN true THEN 'Bucket ' + b.name + ' blocks public access'
            ELSE 'Public access block of ' + b.name + ' could not be read' END AS reason
