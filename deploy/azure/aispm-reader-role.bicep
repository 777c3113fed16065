// Creates the aispm reader custom role in a subscription and assigns it to the scanner's
// principal. The actions and data actions come from aispm-reader-role.json, the file the least-privilege test
// checks against every call the collector makes, so the two cannot drift apart.
//
//   az deployment sub create --location westeurope --template-file aispm-reader-role.bicep \
//     --parameters principalId=<object id of the scanner's service principal or managed identity>
targetScope = 'subscription'

@description('Object id of the service principal or managed identity aispm signs in as.')
param principalId string

@description('Principal type of principalId.')
@allowed([
  'ServicePrincipal'
  'User'
  'Group'
])
param principalType string = 'ServicePrincipal'

var role = loadJsonContent('aispm-reader-role.json')

resource reader 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(subscription().id, 'aispm-reader')
  properties: {
    roleName: '${role.Name} (${subscription().subscriptionId})'
    description: role.Description
    type: 'CustomRole'
    permissions: [
      {
        actions: role.Actions
        notActions: role.NotActions
        dataActions: role.DataActions
        notDataActions: role.NotDataActions
      }
    ]
    assignableScopes: [
      subscription().id
    ]
  }
}

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(subscription().id, principalId, reader.id)
  properties: {
    roleDefinitionId: reader.id
    principalId: principalId
    principalType: principalType
  }
}

output roleDefinitionId string = reader.id
