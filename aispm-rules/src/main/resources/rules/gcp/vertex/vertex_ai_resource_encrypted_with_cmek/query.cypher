MATCH (r:Asset)
WHERE r:VertexModel OR r:VertexEndpoint OR r:VertexDataset OR r:VertexCustomJob OR r:VertexTrainingPipeline
   OR r:VertexPipelineJob OR r:VertexTuningJob OR r:VertexIndexEndpoint OR r:VertexFeatureOnlineStore
   OR r:VertexFeaturestore OR r:VertexBatchPredictionJob OR r:VertexHyperparameterTuningJob OR r:VertexNasJob
   OR r:VertexColabRuntime OR r:GCPWorkbenchInstance
WITH r, r.cmekEnabled AS v
RETURN r.id AS resourceId,
       CASE v WHEN true THEN 'PASS' WHEN false THEN 'FAIL' ELSE 'UNKNOWN' END AS status,
       CASE v WHEN true THEN r.type + ' ' + coalesce(r.name, r.id) + ' is encrypted with a customer-managed key'
              WHEN false THEN r.type + ' ' + coalesce(r.name, r.id) + ' is encrypted with a Google-managed key only'
              ELSE 'Encryption of ' + coalesce(r.name, r.id) + ' could not be read' END AS reason
