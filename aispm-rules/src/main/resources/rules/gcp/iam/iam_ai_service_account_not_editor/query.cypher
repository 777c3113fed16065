MATCH (a:Asset)-[:RUNS_AS]->(s:GCPServiceAccount)
WHERE a:Notebook OR a:TrainingJob OR a:Model OR a:Endpoint OR a:Pipeline
WITH s, collect(DISTINCT coalesce(a.name, a.id)) AS users
RETURN s.id AS resourceId,
       CASE WHEN s.isAdmin = true OR s.isEditor = true THEN 'FAIL'
            WHEN s.isAdmin = false AND s.isEditor = false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE WHEN s.isAdmin = true OR s.isEditor = true THEN 'Service account ' + s.name + ' holds '
              + CASE WHEN s.isAdmin THEN 'Owner' ELSE 'Editor' END + ' on its project and runs '
              + reduce(t = '', u IN users | t + CASE t WHEN '' THEN '' ELSE ', ' END + u)
            WHEN s.isAdmin = false AND s.isEditor = false THEN 'Service account ' + s.name + ' holds neither Editor nor Owner'
            ELSE 'Project roles of service account ' + coalesce(s.name, s.id) + ' could not be read' END AS reason
