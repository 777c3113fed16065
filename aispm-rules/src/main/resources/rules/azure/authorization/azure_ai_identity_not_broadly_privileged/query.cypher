MATCH (a:Asset)-[:RUNS_AS]->(r:AzurePrincipal)
WITH r, collect(DISTINCT coalesce(a.name, a.id)) AS users
WITH r, users, [x IN coalesce(r.roleAssignments, []) WHERE x STARTS WITH 'Owner@' OR x STARTS WITH 'Contributor@' OR x STARTS WITH 'User Access Administrator@'] AS broad
RETURN r.id AS resourceId,
       CASE WHEN r.isAdmin = true OR size(broad) > 0 THEN 'FAIL'
            WHEN r.privilegeLevel IS NULL THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN r.isAdmin = true OR size(broad) > 0 THEN 'Identity ' + coalesce(r.name, r.id) + ' of ' + reduce(s = '', u IN users | s + CASE s WHEN '' THEN '' ELSE ', ' END + u)
              + ' holds ' + CASE WHEN size(broad) > 0 THEN reduce(s = '', b IN broad | s + CASE s WHEN '' THEN '' ELSE ', ' END + b) ELSE 'role-assignment rights' END
            WHEN r.privilegeLevel IS NULL THEN 'Role assignments of identity ' + coalesce(r.name, r.id) + ' could not be read'
            ELSE 'Identity ' + coalesce(r.name, r.id) + ' holds no broad role' END AS reason
