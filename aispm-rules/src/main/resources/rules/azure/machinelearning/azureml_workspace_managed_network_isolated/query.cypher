MATCH (n:AzureMLWorkspace)
WITH n, n.isolationMode AS v
RETURN n.id AS resourceId,
       CASE WHEN v IS NULL THEN 'UNKNOWN' WHEN v = 'Disabled' THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN v IS NULL THEN 'Managed network isolation could not be read for ' + n.name
            WHEN v = 'Disabled' THEN 'Workspace ' + n.name + ' has no managed network isolation'
            ELSE 'Workspace ' + n.name + ' isolates its managed network (' + v + ')' END AS reason
