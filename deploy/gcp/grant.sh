#!/bin/sh
# Creates the aispm reader role on an organization and grants it to the scanner's service account.
# Usage: deploy/gcp/grant.sh ORG_ID SCANNER_SERVICE_ACCOUNT_EMAIL
set -eu
org="$1"
sa="$2"
dir=$(cd "$(dirname "$0")" && pwd)
if gcloud iam roles describe aispmReader --organization="$org" >/dev/null 2>&1; then
  gcloud iam roles update aispmReader --organization="$org" --file="$dir/aispm-reader-role.yaml" --quiet
else
  gcloud iam roles create aispmReader --organization="$org" --file="$dir/aispm-reader-role.yaml"
fi
gcloud organizations add-iam-policy-binding "$org" \
  --member="serviceAccount:$sa" --role="organizations/$org/roles/aispmReader" --condition=None
