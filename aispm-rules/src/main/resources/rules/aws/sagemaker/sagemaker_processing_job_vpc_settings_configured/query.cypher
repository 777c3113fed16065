MATCH (n:AWSSageMakerProcessingJob)
RETURN n.id AS resourceId,
       CASE WHEN n.subnetIds IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.subnetIds IS NULL THEN 'Processing job is not in a VPC: ' + coalesce(n.name, n.id)
            ELSE 'Processing job runs in VPC subnets: ' + coalesce(n.name, n.id) END AS reason
