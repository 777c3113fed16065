MATCH (b:AWSS3Bucket)<-[:IN_BUCKET]-(:DataObject)<-[:READS]-(:TrainingJob)
WITH DISTINCT b
RETURN b.id AS resourceId,
       CASE WHEN b.policyPublicWrite = true OR b.aclPublicWrite = true THEN 'FAIL'
            WHEN b.policyPublicWrite = false AND b.aclPublicWrite = false THEN 'PASS'
            ELSE 'UNKNOWN' END AS status,
       CASE WHEN b.policyPublicWrite = true THEN 'Bucket ' + b.name + ' lets anyone write objects through its bucket policy and training jobs read it'
            WHEN b.aclPublicWrite = true THEN 'Bucket ' + b.name + ' lets everyone write objects through its ACL and training jobs read it'
            WHEN b.policyPublicWrite = false THEN 'Training bucket ' + b.name + ' is not publicly writable'
            ELSE 'The policy of training bucket ' + b.name + ' could not be read' END AS reason
