MATCH (n:AzureContainerRegistry)
WITH n, n.anonymousPullEnabled AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Container registry ' + coalesce(n.name, n.id) + ' has anonymous pull enabled'
              WHEN false THEN 'Container registry ' + coalesce(n.name, n.id) + ' has anonymous pull disabled'
              ELSE 'The anonymous pull setting of container registry ' + coalesce(n.name, n.id) + ' could not be read' END AS reason
