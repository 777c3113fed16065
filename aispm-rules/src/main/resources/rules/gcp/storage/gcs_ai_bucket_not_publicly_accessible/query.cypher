MATCH (b:GCSBucket)<-[:IN_BUCKET]-(o:DataObject)<-[r]-(:Asset)
WHERE type(r) IN ['READS', 'WRITES', 'PRODUCED', 'USES_ARTIFACT']
WITH DISTINCT b
RETURN b.id AS resourceId,
       CASE WHEN b.policyPublic = true OR b.aclPublic = true THEN 'FAIL'
            WHEN b.policyPublic = false AND b.aclPublic = false THEN 'PASS'
            ELSE 'UNKNOWN' END AS status,
       CASE WHEN b.policyPublic = true THEN 'Bucket ' + b.name + ' grants the public access through IAM (' + reduce(s = '', m IN coalesce(b.publicMembers, []) | s + CASE s WHEN '' THEN '' ELSE ', ' END + m) + ')'
            WHEN b.aclPublic = true THEN 'Bucket ' + b.name + ' grants the public access through its ACL'
            WHEN b.policyPublic = false AND b.aclPublic = false THEN 'Bucket ' + b.name + ' is not public'
            ELSE 'Access settings of bucket ' + b.name + ' could not be read' END AS reason
