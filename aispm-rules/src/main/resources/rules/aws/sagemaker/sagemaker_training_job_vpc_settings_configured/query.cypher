MATCH (n) WHERE n:AWSSageMakerTrainingJob OR n:AWSSageMakerHyperParameterTuningJob
RETURN n.id AS resourceId,
       CASE WHEN n.subnetIds IS NULL THEN 'FAIL' ELSE 'PASS' END AS status,
       CASE WHEN n.subnetIds IS NULL THEN "Training job is not in a VPC" + ': ' + n.name
            ELSE "Training job runs in a VPC" + ': ' + n.name END AS reason
