MATCH (a:Asset)-[:RUNS_AS]->(r:Identity)
WHERE a:Notebook OR a:TrainingJob OR a:Model OR a:Agent
WITH r, collect(a.name) AS users
RETURN r.id AS resourceId,
       CASE r.isAdmin WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE r.isAdmin WHEN true THEN 'Role ' + r.name + ' has administrator rights and runs ' + reduce(s = '', u IN users | s + CASE s WHEN '' THEN '' ELSE ', ' END + u)
            WHEN false THEN 'Role ' + r.name + ' is not an administrator'
            ELSE 'Policies of role ' + coalesce(r.name, r.id) + ' could not be read' END AS reason
