MATCH (b:GCSBucket)<-[:IN_BUCKET]-(o:DataObject)<-[r]-(:Asset)
WHERE type(r) IN ['READS', 'WRITES', 'PRODUCED', 'USES_ARTIFACT']
WITH DISTINCT b
RETURN b.id AS resourceId,
       CASE b.uniformBucketLevelAccess WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE b.uniformBucketLevelAccess WHEN true THEN 'Bucket ' + b.name + ' uses uniform bucket-level access'
            WHEN false THEN 'Bucket ' + b.name + ' uses fine-grained ACLs besides IAM'
            ELSE 'Access control mode of bucket ' + b.name + ' could not be read' END AS reason
