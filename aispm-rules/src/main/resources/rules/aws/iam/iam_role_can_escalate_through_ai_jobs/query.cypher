MATCH (r:AWSIAMRole)
WHERE r.stub IS NULL
RETURN r.id AS resourceId,
       CASE WHEN r.canPassRole = true AND r.canCreateAiJobs = true AND coalesce(r.isAdmin, false) = false THEN 'FAIL'
            WHEN r.canPassRole IS NULL OR r.canCreateAiJobs IS NULL THEN 'UNKNOWN'
            ELSE 'PASS' END AS status,
       CASE WHEN r.canPassRole = true AND r.canCreateAiJobs = true THEN 'Role ' + r.name + ' can pass roles to SageMaker/Bedrock jobs it creates'
            WHEN r.canPassRole IS NULL OR r.canCreateAiJobs IS NULL THEN 'Policies of role ' + r.name + ' could not be read'
            ELSE 'Role ' + r.name + ' cannot pass roles to AI jobs' END AS reason
