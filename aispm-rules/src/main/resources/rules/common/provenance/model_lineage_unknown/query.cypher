// Registered models only: an Azure OpenAI deployment serves a provider's model, whose lineage is
// the provider's to show.
MATCH (m:Model) WHERE NOT m:AzureCognitiveServicesDeployment
OPTIONAL MATCH (m)-[:USES_ARTIFACT]->(:ModelArtifact)<-[:PRODUCED]-(viaArtifact:TrainingJob)
OPTIONAL MATCH (m)<-[:PRODUCED]-(direct:TrainingJob)
WITH m, collect(DISTINCT viaArtifact) + collect(DISTINCT direct) AS found
UNWIND (CASE WHEN found = [] THEN [null] ELSE found END) AS j
OPTIONAL MATCH (j)-[:READS]->(p:DataObject)
WITH m, j, collect(p) AS inputs
WITH m, collect(CASE WHEN j IS NULL THEN null ELSE {name: coalesce(j.name, j.id), inputs: size(inputs),
       unlisted: [p IN inputs WHERE p.objectsListed IS NULL OR coalesce(p.listingComplete, false) = false]} END) AS jobs
WITH m, jobs, [x IN jobs WHERE x['inputs'] = 0] AS blind, [x IN jobs WHERE x['inputs'] > 0 AND size(x['unlisted']) > 0] AS partial
RETURN m.id AS resourceId,
       CASE WHEN jobs = [] OR size(blind) = size(jobs) THEN 'FAIL'
            WHEN size(partial) > 0 OR size(blind) > 0 THEN 'UNKNOWN' ELSE 'PASS' END AS status,
       CASE WHEN jobs = [] THEN 'Model ' + coalesce(m.name, m.id)
              + ' has no training job aispm can see: it was imported or registered from an artifact no scanned job produced'
            WHEN size(blind) = size(jobs) THEN 'Model ' + coalesce(m.name, m.id) + ': training job ' + blind[0].name
              + ' names no input data aispm can follow'
            WHEN size(partial) > 0 THEN 'Model ' + coalesce(m.name, m.id) + ': the inputs of training job '
              + partial[0].name + ' were not listed in full (' + size(partial[0]['unlisted'])
              + ' input(s) unreadable or cut by the content budget), so its lineage is not established'
            WHEN size(blind) > 0 THEN 'Model ' + coalesce(m.name, m.id) + ': training job ' + blind[0].name
              + ' names no input data aispm can follow'
            ELSE 'Model ' + coalesce(m.name, m.id) + ' was trained by ' + jobs[0].name
              + CASE WHEN size(jobs) > 1 THEN ' and ' + (size(jobs) - 1) + ' more job(s)' ELSE '' END
              + ' from inputs listed in full' END AS reason
