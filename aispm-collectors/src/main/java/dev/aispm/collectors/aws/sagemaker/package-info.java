/**
 * Amazon SageMaker: notebooks, Studio domains and spaces, training, tuning and processing jobs, models, packages, pipelines and endpoints.
 */
package dev.aispm.collectors.aws.sagemaker;
