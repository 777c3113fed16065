MATCH (b:GCSBucket)<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(:TrainingJob)
WITH DISTINCT b
RETURN b.id AS resourceId,
       CASE b.policyPublicWrite WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE b.policyPublicWrite WHEN true THEN 'Bucket ' + b.name + ' lets anyone write objects and training jobs read it'
            WHEN false THEN 'Training bucket ' + b.name + ' is not publicly writable'
            ELSE 'The IAM policy of training bucket ' + b.name + ' could not be read' END AS reason
