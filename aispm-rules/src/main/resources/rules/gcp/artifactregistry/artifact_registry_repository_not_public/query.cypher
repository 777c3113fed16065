MATCH (r:GCPArtifactRepository)
RETURN r.id AS resourceId,
       CASE WHEN r.publiclyReadable IS NULL THEN 'UNKNOWN' WHEN r.publiclyReadable THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN r.publiclyReadable IS NULL THEN 'The IAM policy of repository ' + r.name + ' could not be read'
            WHEN r.publiclyReadable THEN 'Repository ' + r.name + ' in ' + r.project + ' lets anyone pull its images: '
                 + reduce(s = '', x IN r.publicMembers | s + CASE WHEN s = '' THEN '' ELSE ', ' END + x)
            ELSE 'Repository ' + r.name + ' grants no public principal a pull role' END AS reason
