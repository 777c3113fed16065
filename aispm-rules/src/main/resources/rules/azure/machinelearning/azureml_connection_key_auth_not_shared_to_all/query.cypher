MATCH (n:AzureMLConnection)
WITH n, n.keyAuth AS key, n.isSharedToAll AS shared
WITH n, CASE WHEN key = false OR shared = false THEN false
             WHEN key = true AND shared = true THEN true
             ELSE null END AS v
RETURN n.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN "Connection stores a " + n.authType + " credential shared to all projects" + ': ' + coalesce(n.name, n.id)
              WHEN false THEN "Connection keeps no shared key" + ': ' + coalesce(n.name, n.id)
              ELSE "Auth type or sharing could not be read for" + ' ' + coalesce(n.name, n.id) END AS reason
