MATCH (n:AzureContainerRegistry)
WITH n, n.adminUserEnabled AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Container registry ' + coalesce(n.name, n.id) + ' has admin user enabled'
              WHEN false THEN 'Container registry ' + coalesce(n.name, n.id) + ' has admin user disabled'
              ELSE 'The admin user setting of container registry ' + coalesce(n.name, n.id) + ' could not be read' END AS reason
