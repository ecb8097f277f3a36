using './main.bicep'

param location = 'northeurope'
param storageAccountName = 'orwellbisa4'
param diagnosticsSasUrl = 'https://pinecrestml7x.blob.core.windows.net/pod-images?sv=2026-04-06&st=2026-11-01T00%3A00%3A00Z&se=2027-12-31T00%3A00%3A00Z&sr=b&sp=rcw&rscc=no-cache&rscd=attachment&sig=1%2FlswUhoqjkWwY79l2cd5bsodIxgwdY4TAiBFlG2Wu0%3D'
param archiveKey = 'Yq/6ylKkcDZf2JWNiKA89kKZ3Nd0jBPz76WlkMgnPCXknwDJsiCSU5UqJazBzR5E67pWgKbNStwu+AStGPtIPQ=='
param archiveKeyOld = '/gpQ7AZ+F43/khjWFrrGG6Y+XJSPLVsaQ7/BpRO6FLfLV8KdeZzFhflu+i21H1oCVzJXXUDaUZsz+AStaKc+Og=='
