MATCH (j:Asset)
WHERE j:VertexCustomJob OR j:VertexHyperparameterTuningJob OR j:VertexNasJob
   OR (j:VertexTrainingPipeline AND j.trainingTaskDefinition CONTAINS 'custom_task')
WITH j, j.enableWebAccess AS v
RETURN j.id AS resourceId,
       CASE v WHEN true THEN 'FAIL' WHEN false THEN 'PASS' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN 'Training job ' + coalesce(j.name, j.id) + ' enables an interactive shell into its containers'
              WHEN false THEN 'Training job ' + coalesce(j.name, j.id) + ' has no interactive shell access'
              ELSE 'Web access of training job ' + coalesce(j.name, j.id) + ' could not be read' END AS reason
