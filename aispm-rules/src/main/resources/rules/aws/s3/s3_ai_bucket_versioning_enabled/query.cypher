MATCH (b:AWSS3Bucket)
WHERE EXISTS { (b)<-[:IN_BUCKET]-(:DataObject)<-[:READS|PRODUCED|USES_ARTIFACT]-() }
RETURN b.id AS resourceId,
       CASE WHEN b.versioning IS NULL THEN 'UNKNOWN' WHEN b.versioning = 'Enabled' THEN 'PASS' ELSE 'FAIL' END AS status,
       CASE WHEN b.versioning IS NULL THEN 'Versioning of ' + b.name + ' could not be read'
            WHEN b.versioning = 'Enabled' THEN 'Bucket ' + b.name + ' keeps versions'
            ELSE 'Bucket ' + b.name + ' holds training data or models without versioning' END AS reason
