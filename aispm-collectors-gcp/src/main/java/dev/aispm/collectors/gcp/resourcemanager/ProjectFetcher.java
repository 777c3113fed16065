package dev.aispm.collectors.gcp.resourcemanager;

import com.google.cloud.resourcemanager.v3.Folder;
import com.google.cloud.resourcemanager.v3.FoldersClient;
import com.google.cloud.resourcemanager.v3.Project;
import com.google.cloud.resourcemanager.v3.ProjectsClient;
import com.google.iam.v1.GetIamPolicyRequest;
import com.google.iam.v1.GetPolicyOptions;
import com.google.iam.v1.Policy;
import java.util.ArrayList;
import java.util.List;

/** Resource Manager calls: the projects to scan and a project's IAM policy. Fetches only. */
public final class ProjectFetcher {
  private ProjectFetcher() {}

  /** One project by id (resourcemanager.projects.get). */
  public static Project get(ProjectsClient client, String projectId) {
    return client.getProject("projects/" + projectId);
  }

  /** Every project the credential can see (resourcemanager.projects.get on each). */
  public static List<Project> search(ProjectsClient client) {
    List<Project> out = new ArrayList<>();
    client.searchProjects("").iterateAll().forEach(out::add);
    return out;
  }

  /**
   * Projects directly under {@code parent} and, through its folders, below it
   * (resourcemanager.projects.list, resourcemanager.folders.list).
   */
  public static List<Project> under(ProjectsClient projects, FoldersClient folders, String parent,
      java.util.Map<String, String> folderParents) {
    List<Project> out = new ArrayList<>();
    projects.listProjects(parent).iterateAll().forEach(out::add);
    List<Folder> children = new ArrayList<>();
    folders.listFolders(parent).iterateAll().forEach(children::add);
    for (Folder f : children) {
      folderParents.put(f.getName(), f.getParent());
      out.addAll(under(projects, folders, f.getName(), folderParents));
    }
    return out;
  }

  /**
   * The IAM policy of a folder (resourcemanager.folders.getIamPolicy) or the organization
   * (resourcemanager.organizations.getIamPolicy), whose bindings every project below inherits.
   */
  public static Policy ancestorPolicy(FoldersClient folders, com.google.cloud.resourcemanager.v3.OrganizationsClient orgs,
      String resource) {
    GetIamPolicyRequest request = GetIamPolicyRequest.newBuilder().setResource(resource)
        .setOptions(GetPolicyOptions.newBuilder().setRequestedPolicyVersion(3)).build();
    return resource.startsWith("folders/") ? folders.getIamPolicy(request) : orgs.getIamPolicy(request);
  }

  /** The project's IAM policy, version 3 so conditional bindings come back whole. */
  public static Policy iamPolicy(ProjectsClient client, String projectId) {
    return client.getIamPolicy(GetIamPolicyRequest.newBuilder().setResource("projects/" + projectId)
        .setOptions(GetPolicyOptions.newBuilder().setRequestedPolicyVersion(3)).build());
  }
}
