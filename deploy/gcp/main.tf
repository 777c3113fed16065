# Terraform: the aispm reader role on the organization, granted to the scanner's service account.
# The permission list is the one in aispm-reader-role.yaml (a test keeps both equal to the calls
# the collector makes).

variable "org_id" {
  description = "Numeric organization id (AISPM_GCP_ORGANIZATION)"
  type        = string
}

variable "scanner_service_account" {
  description = "E-mail of the service account aispm runs as"
  type        = string
}

resource "google_organization_iam_custom_role" "aispm_reader" {
  org_id      = var.org_id
  role_id     = "aispmReader"
  title       = "aispm reader"
  description = "Read-only inventory of AI assets for aispm"
  permissions = [
    "aiplatform.batchPredictionJobs.list",
    "aiplatform.customJobs.list",
    "aiplatform.datasets.list",
    "aiplatform.endpoints.list",
    "aiplatform.featureOnlineStores.list",
    "aiplatform.featurestores.list",
    "aiplatform.hyperparameterTuningJobs.list",
    "aiplatform.indexEndpoints.list",
    "aiplatform.locations.list",
    "aiplatform.models.list",
    "aiplatform.nasJobs.list",
    "aiplatform.notebookRuntimes.list",
    "aiplatform.pipelineJobs.list",
    "aiplatform.trainingPipelines.list",
    "aiplatform.tuningJobs.list",
    "artifactregistry.dockerimages.list",
    "artifactregistry.locations.list",
    "artifactregistry.repositories.downloadArtifacts",
    "artifactregistry.repositories.getIamPolicy",
    "artifactregistry.repositories.list",
    "cloudfunctions.functions.list",
    "compute.firewalls.list",
    "compute.instances.list",
    "compute.routes.list",
    "iam.roles.list",
    "iam.serviceAccountKeys.list",
    "iam.serviceAccounts.getIamPolicy",
    "iam.serviceAccounts.list",
    "logging.logEntries.list",
    "logging.privateLogEntries.list",
    "notebooks.instances.list",
    "resourcemanager.folders.getIamPolicy",
    "resourcemanager.folders.list",
    "resourcemanager.organizations.getIamPolicy",
    "resourcemanager.projects.get",
    "resourcemanager.projects.getIamPolicy",
    "resourcemanager.projects.list",
    "run.jobs.list",
    "run.revisions.list",
    "run.services.getIamPolicy",
    "run.services.list",
    "serviceusage.services.list",
    "storage.buckets.getIamPolicy",
    "storage.buckets.list",
    "storage.objects.get",
    "storage.objects.list",
  ]
}

resource "google_organization_iam_member" "aispm_reader" {
  org_id = var.org_id
  role   = google_organization_iam_custom_role.aispm_reader.name
  member = "serviceAccount:${var.scanner_service_account}"
}
